using Microsoft.EntityFrameworkCore.Migrations;

namespace Kinerja.Persistence.Migrations;

/// <summary>
/// The data step of the LineageAndClosedAggregate migration, for both providers: every stored indicator and budget line
/// gets a new lineage id; then each amendment's indicator or line takes the lineage of its original's whose text is the
/// same (indicators: the sasaran's and the indicator's text, case and surrounding spaces aside; lines: the code when
/// both have one, else the level and the name), an amendment of an amendment after the one it supersedes. What the
/// amendment renamed keeps its new lineage: the application's resolver (Comparison.LineageResolver) also pairs lightly
/// edited text, SQL does not.
/// </summary>
internal static class LineageBackfill
{
    /// <summary>Amendments of amendments are rare; nine levels are more than any office has.</summary>
    private const int MaxRevision = 9;

    public static void Up(MigrationBuilder migrationBuilder, string newGuid)
    {
        migrationBuilder.Sql($"""UPDATE "Indicators" SET "LineageId" = {newGuid};""");
        migrationBuilder.Sql($"""UPDATE "BudgetLines" SET "LineageId" = {newGuid};""");
        for (var revision = 1; revision <= MaxRevision; revision++)
        {
            migrationBuilder.Sql(IndicatorsOf(revision));
            migrationBuilder.Sql(BudgetLinesOf(revision));
        }
    }

    private static string IndicatorsOf(int revision)
    {
        var original = $"""
            SELECT oi."LineageId" FROM "Indicators" oi
            JOIN "Sasarans" os ON os."Id" = oi."SasaranId"
            JOIN "Sasarans" s ON s."Id" = "Indicators"."SasaranId"
            JOIN "Agreements" a ON a."Id" = s."AgreementId"
            WHERE a."Revision" = {revision} AND os."AgreementId" = a."SupersedesId"
              AND lower(trim(os."Text")) = lower(trim(s."Text"))
              AND lower(trim(oi."Text")) = lower(trim("Indicators"."Text"))
            ORDER BY oi."Ordinal", os."Ordinal" LIMIT 1
            """;
        return $"""UPDATE "Indicators" SET "LineageId" = ({original}) WHERE EXISTS ({original});""";
    }

    private static string BudgetLinesOf(int revision)
    {
        var original = $"""
            SELECT ob."LineageId" FROM "BudgetLines" ob
            JOIN "Agreements" a ON a."Id" = "BudgetLines"."AgreementId"
            WHERE a."Revision" = {revision} AND ob."AgreementId" = a."SupersedesId"
              AND ((ob."Code" IS NOT NULL AND "BudgetLines"."Code" IS NOT NULL AND upper(ob."Code") = upper("BudgetLines"."Code"))
                OR ((ob."Code" IS NULL OR "BudgetLines"."Code" IS NULL) AND ob."Level" = "BudgetLines"."Level"
                    AND lower(trim(ob."Name")) = lower(trim("BudgetLines"."Name"))))
            ORDER BY ob."Ordinal" LIMIT 1
            """;
        return $"""UPDATE "BudgetLines" SET "LineageId" = ({original}) WHERE EXISTS ({original});""";
    }
}
