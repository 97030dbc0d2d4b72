using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinerja.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AgreementStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Agreements stored so far were imported from signed paper documents: they are Signed.
            migrationBuilder.AddColumn<string>(
                name: "AmendmentExplanation",
                table: "Agreements",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AmendmentReason",
                table: "Agreements",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Agreements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SignatureEvidence",
                table: "Agreements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "Agreements",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Signed");

            migrationBuilder.Sql("UPDATE \"Agreements\" SET \"Revision\" = 1 WHERE \"Kind\" = 'Perubahan'");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Status",
                table: "Agreements",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Agreements_Status",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "AmendmentExplanation",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "AmendmentReason",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "SignatureEvidence",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Agreements");
        }
    }
}
