using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    SourceKind = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: true),
                    SourceText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FrameworkCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AreaCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Issue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    SuccessMeasure = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ByWhen = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    DroppedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ImpactDifference = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ImpactChildren = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ImpactEvidence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    FrameworkCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FinishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    GoalId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    GoalId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Strengths = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Evidence = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ForDevelopment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Grade = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
