using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinerja.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoredFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeStamps",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeStamps", x => x.Key);
                });

            migrationBuilder.InsertData(
                table: "ChangeStamps",
                columns: new[] { "Key", "Value" },
                values: new object[] { "findings", new Guid("00000000-0000-0000-0000-000000000000") });

            // Only the findings of the reading stay stored (FindingCodes.FromReading); the rules' findings, stored at
            // import by earlier versions, are computed from the agreements now and would otherwise show twice.
            migrationBuilder.Sql("DELETE FROM \"Findings\" WHERE \"Code\" <> 'TEKS_TIDAK_TERBACA';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeStamps");
        }
    }
}
