namespace Kinerja.Domain.Measurement.Survey;

/// <summary>The nine unsur (elements) of the public satisfaction survey (PermenPANRB 14/2017), in the regulation's order.</summary>
public static class SkmUnsur
{
    public const int Count = 9;

    /// <summary>The lowest and the highest answer: 1 (tidak baik) to 4 (sangat baik).</summary>
    public const int LowestAnswer = 1;

    public const int HighestAnswer = 4;

    public static IReadOnlyList<string> Names { get; } =
    [
        "Persyaratan",
        "Sistem, Mekanisme dan Prosedur",
        "Waktu Penyelesaian",
        "Biaya/Tarif",
        "Produk Spesifikasi Jenis Pelayanan",
        "Kompetensi Pelaksana",
        "Perilaku Pelaksana",
        "Sarana dan Prasarana",
        "Penanganan Pengaduan, Saran dan Masukan",
    ];
}
