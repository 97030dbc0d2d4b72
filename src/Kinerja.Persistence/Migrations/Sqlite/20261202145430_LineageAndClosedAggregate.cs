using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinerja.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "LowerIsBetterFormula",
                table: "Indicators",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Difference");

            migrationBuilder.AddColumn<Guid>(
                name: "LineageId",
                table: "BudgetLines",
                type: "TEXT",
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

            LineageBackfill.Up(migrationBuilder, "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)))");
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
