using Kinerja.Domain.Agreements;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests;

/// <summary>Builds one agreement for a test; every call of <see cref="Build"/> makes new objects.</summary>
internal sealed class AgreementBuilder
{
    private readonly List<Action<Agreement>> steps = [];
    private string office = "Kecamatan Kalaena";
    private AgreementKind kind = AgreementKind.Awal;
    private (string Name, string Position, string? Nip) first;
    private (string Name, string Position, string? Nip) second;
    private int line = 100;
    private string? sourceName = "pk.txt";

    private AgreementBuilder(string position, string superior)
    {
        first = ("NURSAN, S.Sos.", position, null);
        second = ("H. MARSUKI, S.Pd., M.M.", superior, null);
    }

    public static AgreementBuilder For(string position = "KEPALA SEKSI PELAYANAN UMUM", string superior = "CAMAT KALAENA") =>
        new(position, superior);

    public AgreementBuilder First(string name, string? nip = null, string? position = null)
    {
        first = (name, position ?? first.Position, nip);
        return this;
    }

    public AgreementBuilder Second(string name, string? nip = null, string? position = null)
    {
        second = (name, position ?? second.Position, nip);
        return this;
    }

    public AgreementBuilder InOffice(string name)
    {
        office = name;
        return this;
    }

    public AgreementBuilder OfKind(AgreementKind value)
    {
        kind = value;
        return this;
    }

    public AgreementBuilder Program(string name, long amount) => Budget(BudgetLevel.Program, name, amount);

    public AgreementBuilder Kegiatan(string name, long amount) => Budget(BudgetLevel.Kegiatan, name, amount);

    public AgreementBuilder SubKegiatan(string name, long amount) => Budget(BudgetLevel.SubKegiatan, name, amount);

    public AgreementBuilder Budget(BudgetLevel level, string name, long amount, string? code = null)
    {
        var at = NextLine();
        steps.Add(a =>
        {
            var budgetLine = new BudgetLine("1.", level, name, new Rupiah(amount), "APBD", at) { Code = code };
            a.AddBudgetLine(budgetLine);
        });
        return this;
    }

    /// <summary>A sasaran with (indicator, target as printed) pairs.</summary>
    public AgreementBuilder Sasaran(string text, params (string Indicator, string Target)[] indicators)
    {
        var at = NextLine();
        steps.Add(a =>
        {
            var sasaran = new Sasaran("1.", SasaranLevel.SubKegiatan, text, at);
            var indicatorLine = at;
            foreach (var (indicator, target) in indicators)
                sasaran.AddIndicator(new Indicator(indicator, TargetValue.Parse(target), ++indicatorLine));
            a.AddSasaran(sasaran);
        });
        line += indicators.Length;
        return this;
    }

    public AgreementBuilder Lampiran2Target(string indicator, string target)
    {
        var at = NextLine();
        steps.Add(a => a.AddExplanation(new SasaranExplanation
        {
            Heading = "Sasaran 1",
            Targets = [new TargetExplanation { Indicator = indicator, Target = target, SourceLine = at }],
        }));
        return this;
    }

    public AgreementBuilder Heading(string lampiran, string namedPosition)
    {
        var at = NextLine();
        steps.Add(a => a.AddLampiranHeading(new LampiranHeading { Lampiran = lampiran, NamedPosition = namedPosition, SourceLine = at }));
        return this;
    }

    public AgreementBuilder Signature(PartyRole role, string printedName, string? nip = null)
    {
        var at = NextLine();
        steps.Add(a => a.AddSignatureName(new SignatureName { Role = role, PrintedName = printedName, NipAsPrinted = nip, SourceLine = at }));
        return this;
    }

    /// <summary>The file the agreement was read from; null for one drawn up in the application.</summary>
    public AgreementBuilder From(string? name)
    {
        sourceName = name;
        return this;
    }

    public Agreement Build()
    {
        var agreement = new Agreement(
            2025,
            kind,
            office,
            "Kabupaten Luwu Timur",
            new Party(first.Name, first.Position, first.Nip, 20),
            new Party(second.Name, second.Position, second.Nip, 26))
        {
            SourceName = sourceName,
            SourceLine = 16,
        };
        foreach (var step in steps)
            step(agreement);
        return agreement;
    }

    private int NextLine() => ++line;
}
