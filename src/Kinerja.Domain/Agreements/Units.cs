namespace Kinerja.Domain.Agreements;

/// <summary>
/// Units of targets (satuan) and the families they belong to. Two units of one family (Laporan and Dokumen;
/// Paket and Unit) describe the same kind of thing; units of different families (Paket and Orang) cannot
/// measure the same indicator.
/// </summary>
public static class Units
{
    public enum Family
    {
        Unknown,
        Percent,
        Score,
        People,
        Documents,
        Goods,
        Events,
        Organisations,
        Places,
        Time,
        Money,
        Kinds,
    }

    private static readonly Dictionary<string, (string Canonical, Family Family)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = ("%", Family.Percent),
        ["persen"] = ("%", Family.Percent),
        ["nilai"] = ("Nilai", Family.Score),
        ["indeks"] = ("Indeks", Family.Score),
        ["poin"] = ("Poin", Family.Score),
        ["skor"] = ("Skor", Family.Score),
        ["predikat"] = ("Predikat", Family.Score),
        ["orang"] = ("Orang", Family.People),
        ["orang/bulan"] = ("Orang/Bulan", Family.People),
        ["orang/tahun"] = ("Orang/Tahun", Family.People),
        ["jiwa"] = ("Jiwa", Family.People),
        ["peserta"] = ("Peserta", Family.People),
        ["pegawai"] = ("Pegawai", Family.People),
        ["asn"] = ("ASN", Family.People),
        ["kk"] = ("KK", Family.People),
        ["dokumen"] = ("Dokumen", Family.Documents),
        ["laporan"] = ("Laporan", Family.Documents),
        ["berkas"] = ("Berkas", Family.Documents),
        ["naskah"] = ("Naskah", Family.Documents),
        ["surat"] = ("Surat", Family.Documents),
        ["rekomendasi"] = ("Rekomendasi", Family.Documents),
        ["buku"] = ("Buku", Family.Documents),
        ["paket"] = ("Paket", Family.Goods),
        ["unit"] = ("Unit", Family.Goods),
        ["buah"] = ("Buah", Family.Goods),
        ["set"] = ("Set", Family.Goods),
        ["kali"] = ("Kali", Family.Events),
        ["kegiatan"] = ("Kegiatan", Family.Events),
        ["rapat"] = ("Rapat", Family.Events),
        ["lembaga"] = ("Lembaga", Family.Organisations),
        ["lembaga kemasyarakatan"] = ("Lembaga Kemasyarakatan", Family.Organisations),
        ["kelompok"] = ("Kelompok", Family.Organisations),
        ["desa"] = ("Desa", Family.Places),
        ["kelurahan"] = ("Kelurahan", Family.Places),
        ["lokasi"] = ("Lokasi", Family.Places),
        ["bulan"] = ("Bulan", Family.Time),
        ["hari"] = ("Hari", Family.Time),
        ["tahun"] = ("Tahun", Family.Time),
        ["rupiah"] = ("Rupiah", Family.Money),
        ["jenis"] = ("Jenis", Family.Kinds),
    };

    /// <summary>The known units in their usual spelling, once each (for an editor's list; other units stay allowed).</summary>
    public static IReadOnlyList<string> Names => Known.Values.Select(v => v.Canonical).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The unit in its usual spelling (<c>Orang/bulan</c> → <c>Orang/Bulan</c>); unknown units are kept.</summary>
    public static string Canonical(string unit)
    {
        var key = Normalize(unit);
        return Known.TryGetValue(key, out var known) ? known.Canonical : unit.Trim();
    }

    public static Family FamilyOf(string? unit) =>
        unit is not null && Known.TryGetValue(Normalize(unit), out var known) ? known.Family : Family.Unknown;

    /// <summary>True when <paramref name="word"/> names a unit (used to read "Jumlah Paket ..." indicators).</summary>
    public static bool IsUnitWord(string word) => FamilyOf(word) != Family.Unknown;

    private static string Normalize(string unit) =>
        string.Join(' ', unit.Trim().Replace(" / ", "/", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
