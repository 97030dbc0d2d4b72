using Kinerja.Domain.Agreements;

namespace Kinerja.Web.Pages.Pk.Editor;

/// <summary>The penjelasan form of a sasaran as its partial renders it, with the sasaran's Lampiran 2 explanation if it has one.</summary>
public sealed record ExplanationFormView(UbahModel Page, Sasaran Sasaran)
{
    public string Key => "penjelasan-" + Sasaran.Id;

    /// <summary>The sasaran's explanation, looked up once (the lookup compares names).</summary>
    public SasaranExplanation? Explanation { get; } = Page.Agreement.ExplanationOf(Sasaran.Id);

    /// <summary>Whether the sasaran has a penjelasan written (by the document or in the editor) that can be removed.</summary>
    public bool HasDescription => Explanation is { Description.Length: > 0 };

    /// <summary>Whether the explanation prints the indicator and target tables read from the document instead of the indicators'.</summary>
    public bool HasOwnTables => Explanation is { } explanation && Page.Agreement.IndicatorTablesFrom(explanation) is null;
}
