using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kinerja.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NomenclatureEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NomenclatureEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FrontTitles = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BackTitles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offices_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Eselon = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SuperiorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Positions_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Positions_Positions_SuperiorId",
                        column: x => x.SuperiorId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SupersedesId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupersedesKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Office = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Region = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OfficeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedAt = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstPartyPrintedName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FirstPartyFrontTitles = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstPartyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FirstPartyBackTitles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FirstPartyNip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FirstPartyNipAsPrinted = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    FirstPartyPosition = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FirstPartyPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstPartyPositionId = table.Column<Guid>(type: "uuid", nullable: true),
                    FirstPartySourceLine = table.Column<int>(type: "integer", nullable: true),
                    SecondPartyPrintedName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SecondPartyFrontTitles = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SecondPartyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SecondPartyBackTitles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SecondPartyNip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    SecondPartyNipAsPrinted = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SecondPartyPosition = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SecondPartyPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    SecondPartyPositionId = table.Column<Guid>(type: "uuid", nullable: true),
                    SecondPartySourceLine = table.Column<int>(type: "integer", nullable: true),
                    SourceName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SourceLine = table.Column<int>(type: "integer", nullable: true),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Explanations = table.Column<string>(type: "jsonb", nullable: true),
                    LampiranHeadings = table.Column<string>(type: "jsonb", nullable: true),
                    SignatureNames = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Agreements_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Agreements_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_People_FirstPartyPersonId",
                        column: x => x.FirstPartyPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_People_SecondPartyPersonId",
                        column: x => x.SecondPartyPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_Positions_FirstPartyPositionId",
                        column: x => x.FirstPartyPositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_Positions_SecondPartyPositionId",
                        column: x => x.SecondPartyPositionId,
                        principalTable: "Positions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SourceLine = table.Column<int>(type: "integer", nullable: true),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Message = table.Column<string>(type: "text", nullable: false),
                    Location = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sasarans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    SupportsSasaranId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceLine = table.Column<int>(type: "integer", nullable: true),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sasarans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sasarans_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Polarity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Aggregation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: true),
                    Relevance = table.Column<string>(type: "text", nullable: true),
                    Formula = table.Column<string>(type: "text", nullable: true),
                    DataSource = table.Column<string>(type: "text", nullable: true),
                    TargetExplanation = table.Column<string>(type: "text", nullable: true),
                    SourceLine = table.Column<int>(type: "integer", nullable: true),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    SasaranId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetUnit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TargetValue = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Sasarans_SasaranId",
                        column: x => x.SasaranId,
                        principalTable: "Sasarans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_FirstPartyPersonId",
                table: "Agreements",
                column: "FirstPartyPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_FirstPartyPositionId",
                table: "Agreements",
                column: "FirstPartyPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Key",
                table: "Agreements",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_OfficeId",
                table: "Agreements",
                column: "OfficeId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SecondPartyPersonId",
                table: "Agreements",
                column: "SecondPartyPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SecondPartyPositionId",
                table: "Agreements",
                column: "SecondPartyPositionId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_SupersedesId",
                table: "Agreements",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Year_Office",
                table: "Agreements",
                columns: new[] { "Year", "Office" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_AgreementId",
                table: "BudgetLines",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_Code",
                table: "BudgetLines",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_AgreementId_Ordinal",
                table: "Findings",
                columns: new[] { "AgreementId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_SasaranId",
                table: "Indicators",
                column: "SasaranId");

            migrationBuilder.CreateIndex(
                name: "IX_NomenclatureEntries_Code",
                table: "NomenclatureEntries",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NomenclatureEntries_ParentCode",
                table: "NomenclatureEntries",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_Offices_RegionId_Name",
                table: "Offices",
                columns: new[] { "RegionId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_People_Name",
                table: "People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_People_Nip",
                table: "People",
                column: "Nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Positions_OfficeId_Title",
                table: "Positions",
                columns: new[] { "OfficeId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_Positions_SuperiorId",
                table: "Positions",
                column: "SuperiorId");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Name",
                table: "Regions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Sasarans_AgreementId",
                table: "Sasarans",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Sasarans_SupportsSasaranId",
                table: "Sasarans",
                column: "SupportsSasaranId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "NomenclatureEntries");

            migrationBuilder.DropTable(
                name: "Sasarans");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Positions");

            migrationBuilder.DropTable(
                name: "Offices");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
