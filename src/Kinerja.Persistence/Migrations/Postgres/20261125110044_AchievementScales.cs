using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Kinerja.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AchievementScales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AchievementScales",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFromYear = table.Column<int>(type: "integer", nullable: false),
                    DisplayCap = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementScales", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AchievementScales_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AchievementScaleBands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Minimum = table.Column<decimal>(type: "numeric", nullable: true),
                    ScaleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementScaleBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AchievementScaleBands_AchievementScales_ScaleId",
                        column: x => x.ScaleId,
                        principalTable: "AchievementScales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementScaleBands_ScaleId",
                table: "AchievementScaleBands",
                column: "ScaleId");

            migrationBuilder.CreateIndex(
                name: "IX_AchievementScales_RegionId_EffectiveFromYear",
                table: "AchievementScales",
                columns: new[] { "RegionId", "EffectiveFromYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AchievementScaleBands");

            migrationBuilder.DropTable(
                name: "AchievementScales");
        }
    }
}
