using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinerja.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LineageAndClosedAggregate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                table: "Indicators",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "LowerIsBetterFormula",
                table: "Indicators",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Difference");

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                table: "BudgetLines",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_LineageId",
                table: "Indicators",
                column: "LineageId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_LineageId",
                table: "BudgetLines",
                column: "LineageId");

            LineageBackfill.Up(migrationBuilder, "gen_random_uuid()");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Indicators_LineageId",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_BudgetLines_LineageId",
                table: "BudgetLines");

            migrationBuilder.DropColumn(
                name: "LineageId",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "LowerIsBetterFormula",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "LineageId",
                table: "BudgetLines");
        }
    }
}
