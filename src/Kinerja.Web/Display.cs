using System.Globalization;
using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;
using Kinerja.Domain.Findings;
using Kinerja.Domain.Organisation;

namespace Kinerja.Web;

/// <summary>How values are shown in pages: Indonesian labels and formats, in one place.</summary>
public static class Display
{
    public static string Kind(AgreementKind kind) => kind == AgreementKind.Perubahan ? "Perubahan" : "Awal";

    public static string KindClass(AgreementKind kind) => kind == AgreementKind.Perubahan ? "perubahan" : "awal";

    public static string Date(DateOnly? date) => date is { } value ? IndonesianDate.Format(value) : "–";

    public static string Rupiah(Rupiah amount) => amount.ToString();

    public static string Number(decimal value) => IndonesianNumber.Format(value);

    /// <summary>A capaian as reports write it: two decimals and the percent sign, <c>112,50 %</c>.</summary>
    public static string Percent(decimal value) => value.ToString("#,0.00", IndonesianCulture.Instance) + " %";

    public static string Outcome(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Created => "Baru",
        ImportOutcome.Updated => "Menggantikan",
        ImportOutcome.Refused => "Tidak dapat diganti",
        _ => "Tidak berubah",
    };

    public static string Severity(Severity severity) => Domain.Labels.Of(severity);

    public static string SeverityClass(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Role(Domain.Access.Role role) => role switch
    {
        Domain.Access.Role.Administrator => "Administrator",
        Domain.Access.Role.Operator => "Operator",
        Domain.Access.Role.Official => "Pejabat",
        Domain.Access.Role.Evaluator => "Evaluator",
        _ => role.ToString(),
    };

    /// <summary>"PK Perubahan 2025 – CAMAT KALAENA".</summary>
    public static string Title(Agreement agreement) => Title(agreement.Kind, agreement.Year, agreement.FirstParty.Position);

    public static string Title(AgreementKind kind, int year, string position) =>
        string.Format(CultureInfo.InvariantCulture, "PK {0}{1} – {2}", kind == AgreementKind.Perubahan ? "Perubahan " : string.Empty, year, position);

    public static string Bytes(long size) =>
        size >= 1024 * 1024
            ? (size / 1024m / 1024m).ToString("0.#", IndonesianCulture.Instance) + " MB"
            : Math.Max(1, size / 1024).ToString(IndonesianCulture.Instance) + " KB";

    /// <summary>"2 Januari 2025 09.30 WITA": the instant as the clocks of the region (<paramref name="region"/>) show it.</summary>
    public static string DateTime(DateTimeOffset at, RegionTime region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var local = region.Local(at);
        return IndonesianDate.Format(DateOnly.FromDateTime(local.DateTime)) + " " + local.ToString("HH.mm", CultureInfo.InvariantCulture) + " " + region.Abbreviation;
    }

    public static string NoteKind(Domain.Reviews.ReviewNoteKind kind) => kind switch
    {
        Domain.Reviews.ReviewNoteKind.Pengembalian => "Pengembalian",
        Domain.Reviews.ReviewNoteKind.CatatanEvaluasi => "Catatan evaluasi",
        _ => "Catatan",
    };

    /// <summary>"+Rp 1.000.000", "-Rp 250.000", "Rp 0".</summary>
    public static string SignedRupiah(Rupiah amount) => amount.Value > 0 ? "+" + amount : amount.ToString();

    public static string Change(Domain.Agreements.Comparison.ChangeKind kind) => kind switch
    {
        Domain.Agreements.Comparison.ChangeKind.Changed => "Diubah",
        Domain.Agreements.Comparison.ChangeKind.Added => "Ditambah",
        Domain.Agreements.Comparison.ChangeKind.Removed => "Dihapus",
        _ => "Tetap",
    };

    public static string ChangeClass(Domain.Agreements.Comparison.ChangeKind kind) => kind.ToString().ToLowerInvariant();

    public static string PartyRole(PartyRole role) => role == Domain.Agreements.PartyRole.First ? "Pihak Pertama" : "Pihak Kedua";

    public static string PartyField(Domain.Agreements.Comparison.PartyField field) => field switch
    {
        Domain.Agreements.Comparison.PartyField.Name => "Nama",
        Domain.Agreements.Comparison.PartyField.Nip => "NIP",
        _ => "Jabatan",
    };

    /// <summary>"1 galat, 2 peringatan", with the severity labels of the core; "–" when there is none.</summary>
    public static string FindingCounts(int errors, int warnings, int infos)
    {
        var parts = new[] { (errors, Domain.Findings.Severity.Error), (warnings, Domain.Findings.Severity.Warning), (infos, Domain.Findings.Severity.Info) }
            .Where(p => p.Item1 > 0)
            .Select(p => p.Item1.ToString(CultureInfo.InvariantCulture) + " " + Domain.Labels.Of(p.Item2).ToLower(IndonesianCulture.Instance))
            .ToList();
        return parts.Count == 0 ? "–" : string.Join(", ", parts);
    }

    /// <summary>An id for headings: "kecamatan-kalaena-2025".</summary>
    public static string Anchor(string office, int year) =>
        OrganisationName.Key(office).Replace(' ', '-') + "-" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A person in lists: "H. MARSUKI, S.Pd. (NIP 19680202 199003 1 013)".</summary>
    public static string PersonLabel(Person person) =>
        person.Nip is { } nip && Domain.People.Nip.Validate(nip).Nip is { } valid ? person.PrintedName + " (NIP " + valid.Grouped + ")" : person.PrintedName;

    public static string Nip(string? digits) =>
        digits is not null && Domain.People.Nip.Validate(digits).Nip is { } valid ? valid.Grouped : "–";

    public static string AssignmentKind(AssignmentKind kind) => Domain.Labels.Of(kind);

    public static string Level(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => "Program",
        BudgetLevel.Kegiatan => "Kegiatan",
        _ => "Sub kegiatan",
    };
}
