namespace Kinerja.Documents.Export.Html;

/// <summary>
/// The print view's style sheet, inlined in every document: A4 portrait pages, table headers repeated on every page,
/// rows kept whole, fixed table layouts with wrapping so that nothing is wider than the page, and on screen the
/// pages drawn as sheets of paper.
/// </summary>
internal static class PrintStyles
{
    public const string Css = """
        @page { size: A4 portrait; margin: 14mm 15mm 12mm 20mm; }
        * { box-sizing: border-box; }
        html { font-family: "Liberation Serif", "Times New Roman", Times, serif; font-size: 11pt; line-height: 1.35; color: #000; background: #fff; }
        body { margin: 0; }
        h1 { font-size: 13pt; text-align: center; margin: 5mm 0 5mm; text-decoration: underline; }
        h2 { font-size: 11pt; text-align: center; margin: 0 0 4mm; }
        h3 { font-size: 11pt; margin: 4mm 0 2mm; break-after: avoid; }
        h4 { font-size: 11pt; font-weight: bold; margin: 3mm 0 1.5mm; break-after: avoid; }
        p { margin: 0 0 2.5mm; }
        .letterhead { text-align: center; font-weight: bold; font-size: 12pt; border-bottom: 2pt double #000; padding-bottom: 2mm; }
        .statement { text-align: justify; }
        table.party { width: calc(100% - 6mm); table-layout: fixed; border-collapse: collapse; margin: 1mm 0 1mm 6mm; }
        table.party col.label { width: 22mm; }
        table.party col.colon { width: 4mm; }
        table.party td { padding: 0.5mm 0; vertical-align: top; overflow-wrap: anywhere; }
        table.party td.name { font-weight: bold; }
        .role-line { margin-left: 6mm; }
        .signatures { display: flex; justify-content: space-between; gap: 10mm; margin-top: 6mm; break-inside: avoid; }
        .signature { width: 46%; text-align: center; overflow-wrap: anywhere; }
        .signature .place-date { min-height: 1.35em; }
        .signature .sign-space { height: 22mm; }
        .signature .name { font-weight: bold; text-decoration: underline; }
        .lampiran-heading { text-align: center; font-weight: bold; margin-bottom: 4mm; }
        table.grid { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 5mm; font-size: 10pt; }
        table.grid th, table.grid td { border: 0.75pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
        table.grid th { background: #e8e8e8; text-align: center; font-weight: bold; }
        table.grid tr { break-inside: avoid; }
        /* Lampiran 2's definitions run to half a page: such a row may break rather than leave a page half empty. */
        table.grid.indicators tr { break-inside: auto; }
        thead { display: table-header-group; }
        tfoot { display: table-footer-group; }
        table.targets col.no { width: 7%; } table.targets col.sasaran { width: 36%; } table.targets col.indicator { width: 40%; } table.targets col.target { width: 17%; }
        table.targets td.target { text-align: center; }
        table.targets tr.level-strategis td.sasaran, table.targets tr.level-program td.sasaran { font-weight: bold; }
        table.budget col.no { width: 8%; } table.budget col.name { width: 57%; } table.budget col.amount { width: 23%; } table.budget col.source { width: 12%; }
        table.budget td.amount { text-align: right; white-space: nowrap; }
        table.budget td.source { text-align: center; }
        table.budget tr.level-program td { font-weight: bold; }
        table.budget tr.level-kegiatan td.name { padding-left: 5mm; }
        table.budget tr.level-subkegiatan td.name { padding-left: 9mm; font-style: italic; }
        table.budget tr.total td { font-weight: bold; background: #f2f2f2; }
        table.indicators col.indicator { width: 16%; } table.indicators col.definition { width: 25%; } table.indicators col.relevance { width: 23%; } table.indicators col.formula { width: 22%; } table.indicators col.data-source { width: 14%; }
        table.target-explanations col.indicator { width: 35%; } table.target-explanations col.target { width: 15%; } table.target-explanations col.explanation { width: 50%; }
        table.indicators td, table.target-explanations td, p.text { white-space: pre-line; }
        table.indicators, table.target-explanations { font-size: 9pt; }
        .was { font-size: 8pt; font-style: italic; font-weight: normal; color: #333; white-space: nowrap; }
        .removed { font-size: 9pt; margin: -2mm 0 4mm; }
        .removed ul { margin: 1mm 0 0 5mm; padding: 0; }
        table.sheet { width: 100%; table-layout: fixed; border-collapse: collapse; }
        table.sheet > tbody > tr > td, table.sheet > tfoot > tr > td { padding: 0; vertical-align: top; }
        table.sheet.break { break-before: page; }
        @media print {
          /* The agreement page fills its sheet, so that the verification block sits at the foot of the page. */
          table.sheet.agreement-page > tbody > tr > td { height: 238mm; }
        }
        .verification { display: flex; align-items: center; gap: 3mm; margin-top: 3mm; padding-top: 1.5mm; border-top: 0.5pt solid #777; font-size: 7pt; line-height: 1.25; color: #222; break-inside: avoid; }
        .verification .qr { flex: none; width: 17mm; height: 17mm; }
        .verification .qr svg { width: 100%; height: 100%; display: block; }
        .verification-text { min-width: 0; overflow-wrap: anywhere; }
        .verification .fingerprint { font-family: "Liberation Mono", "Courier New", monospace; font-weight: bold; }
        @media screen {
          html { background: #d9d9d9; }
          body { padding: 8mm 0; }
          table.sheet { width: 210mm; margin: 0 auto 8mm; background: #fff; box-shadow: 0 1mm 3mm rgba(0, 0, 0, 0.25); }
          table.sheet > tbody > tr > td { padding: 14mm 15mm 0 20mm; }
          table.sheet > tfoot > tr > td { padding: 0 15mm 12mm 20mm; }
        }
        """;
}
