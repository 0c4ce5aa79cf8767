using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityMarkEvaluators : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluatorConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluatorConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluatorConflicts_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EvaluatorConflicts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EvaluatorTimes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluatorTimes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluatorTimes_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EvaluatorTimes_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EvaluatorTrainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluatorTrainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluatorTrainings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SchemeCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AmountPence = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeCosts_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SchemeCosts_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SchemeCosts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorConflicts_SettingId",
                table: "EvaluatorConflicts",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorConflicts_TenantId_UserId_SettingId",
                table: "EvaluatorConflicts",
                columns: new[] { "TenantId", "UserId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorTimes_AccreditationId_On",
                table: "EvaluatorTimes",
                columns: new[] { "AccreditationId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorTimes_TenantId_EvaluatorId",
                table: "EvaluatorTimes",
                columns: new[] { "TenantId", "EvaluatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorTrainings_TenantId_UserId",
                table: "EvaluatorTrainings",
                columns: new[] { "TenantId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_SchemeCosts_AccreditationId",
                table: "SchemeCosts",
                column: "AccreditationId");

            migrationBuilder.CreateIndex(
                name: "IX_SchemeCosts_CohortId_AccreditationId",
                table: "SchemeCosts",
                columns: new[] { "CohortId", "AccreditationId" });

            migrationBuilder.CreateIndex(
                name: "IX_SchemeCosts_TenantId",
                table: "SchemeCosts",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluatorConflicts");

            migrationBuilder.DropTable(
                name: "EvaluatorTimes");

            migrationBuilder.DropTable(
                name: "EvaluatorTrainings");

            migrationBuilder.DropTable(
                name: "SchemeCosts");
        }
    }
}
