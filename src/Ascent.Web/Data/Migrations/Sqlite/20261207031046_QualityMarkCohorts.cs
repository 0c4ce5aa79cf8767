using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityMarkCohorts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SchemeVersion = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicationsOpenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicationsCloseOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PilotRules = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cohorts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Accreditations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EntryDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EntryDecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EntryNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AllocatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendedLevel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Appealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accreditations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accreditations_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Accreditations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Accreditations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_CohortId_SettingId",
                table: "Accreditations",
                columns: new[] { "CohortId", "SettingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_SettingId",
                table: "Accreditations",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_TenantId_CertificateReference",
                table: "Accreditations",
                columns: new[] { "TenantId", "CertificateReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_TenantId_Status",
                table: "Accreditations",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_TenantId_Name",
                table: "Cohorts",
                columns: new[] { "TenantId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accreditations");

            migrationBuilder.DropTable(
                name: "Cohorts");
        }
    }
}
