using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SchemeCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SchemeVersion = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApplicationsOpenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApplicationsCloseOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PilotRules = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AppliedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Statement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EntryDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EntryDecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EntryNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AllocatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecommendedLevel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Recommendation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Level = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateReference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Appealed = table.Column<bool>(type: "boolean", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
