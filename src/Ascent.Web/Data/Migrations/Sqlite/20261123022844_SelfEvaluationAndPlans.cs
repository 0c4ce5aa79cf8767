using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SelfEvaluationAndPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKind = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FrameworkCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Issue = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessMeasure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ByWhen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DroppedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ImpactDifference = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ImpactChildren = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ImpactEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanGoals_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanGoals_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FinishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SelfEvaluations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "GoalNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalNotes_PlanGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GoalNotes_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_GoalNotes_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PlanSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanSteps_PlanGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanSteps_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PlanSteps_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluationAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ForDevelopment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfEvaluationAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfEvaluationAreas_SelfEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "SelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SelfEvaluationAreas_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SelfEvaluationAreas_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_GoalNotes_GoalId",
                table: "GoalNotes",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalNotes_SettingId",
                table: "GoalNotes",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalNotes_TenantId",
                table: "GoalNotes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_SettingId_SourceKind_SourceId",
                table: "PlanGoals",
                columns: new[] { "SettingId", "SourceKind", "SourceId" },
                unique: true,
                filter: "\"SourceId\" IS NOT NULL AND \"SourceKind\" IN (1, 2)");

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_SettingId_Status",
                table: "PlanGoals",
                columns: new[] { "SettingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoals_TenantId",
                table: "PlanGoals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_GoalId",
                table: "PlanSteps",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_SettingId",
                table: "PlanSteps",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_TenantId",
                table: "PlanSteps",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationAreas_EvaluationId_AreaCode",
                table: "SelfEvaluationAreas",
                columns: new[] { "EvaluationId", "AreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationAreas_SettingId",
                table: "SelfEvaluationAreas",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationAreas_TenantId",
                table: "SelfEvaluationAreas",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_OneDraft",
                table: "SelfEvaluations",
                column: "SettingId",
                unique: true,
                filter: "\"FinishedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_SettingId_FinishedOn",
                table: "SelfEvaluations",
                columns: new[] { "SettingId", "FinishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluations_TenantId",
                table: "SelfEvaluations",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GoalNotes");

            migrationBuilder.DropTable(
                name: "PlanSteps");

            migrationBuilder.DropTable(
                name: "SelfEvaluationAreas");

            migrationBuilder.DropTable(
                name: "PlanGoals");

            migrationBuilder.DropTable(
                name: "SelfEvaluations");
        }
    }
}
