using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OneGoalLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each goal accepted from a questionnaire round becomes the AuditGoal of the round's audit, keyed as an
            // audit's item is, and its goal's source becomes the round's audit (it had none), so nothing accepted is
            // offered again and every such goal links back to its round.
            migrationBuilder.Sql(@"
INSERT INTO ""AuditGoals"" (""TenantId"", ""SettingId"", ""AuditId"", ""SuggestionKey"", ""PlanGoalId"")
SELECT g.""TenantId"", g.""SettingId"", r.""AuditId"", 'item-' || g.""ItemNumber"", g.""PlanGoalId""
FROM ""QuestionnaireGoals"" g
JOIN ""QuestionnaireRounds"" r ON r.""Id"" = g.""RoundId""
WHERE NOT EXISTS (SELECT 1 FROM ""AuditGoals"" a WHERE a.""AuditId"" = r.""AuditId"" AND a.""SuggestionKey"" = 'item-' || g.""ItemNumber"");");
            migrationBuilder.Sql(@"
UPDATE ""PlanGoals""
SET ""SourceKind"" = 7,
    ""SourceId"" = (SELECT r.""AuditId"" FROM ""QuestionnaireGoals"" g JOIN ""QuestionnaireRounds"" r ON r.""Id"" = g.""RoundId"" WHERE g.""PlanGoalId"" = ""PlanGoals"".""Id"" LIMIT 1),
    ""SourceText"" = 'From the results of a questionnaire round'
WHERE ""SourceKind"" = 0 AND ""Id"" IN (SELECT ""PlanGoalId"" FROM ""QuestionnaireGoals"");");

            migrationBuilder.DropTable(
                name: "QuestionnaireGoals");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuestionnaireGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ItemNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PlanGoalId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_PlanGoals_PlanGoalId",
                        column: x => x.PlanGoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_QuestionnaireRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "QuestionnaireRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_PlanGoalId",
                table: "QuestionnaireGoals",
                column: "PlanGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_RoundId_ItemNumber",
                table: "QuestionnaireGoals",
                columns: new[] { "RoundId", "ItemNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_SettingId",
                table: "QuestionnaireGoals",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_TenantId",
                table: "QuestionnaireGoals",
                column: "TenantId");

            migrationBuilder.Sql(@"
INSERT INTO ""QuestionnaireGoals"" (""TenantId"", ""SettingId"", ""RoundId"", ""ItemNumber"", ""PlanGoalId"")
SELECT a.""TenantId"", a.""SettingId"", r.""Id"", substr(a.""SuggestionKey"", 6), a.""PlanGoalId""
FROM ""AuditGoals"" a
JOIN ""QuestionnaireRounds"" r ON r.""AuditId"" = a.""AuditId""
WHERE a.""SuggestionKey"" LIKE 'item-%';");
            migrationBuilder.Sql(@"
DELETE FROM ""AuditGoals"" WHERE ""AuditId"" IN (SELECT ""AuditId"" FROM ""QuestionnaireRounds"");");
        }
    }
}
