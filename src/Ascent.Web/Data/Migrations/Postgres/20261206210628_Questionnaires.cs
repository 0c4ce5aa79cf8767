using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Questionnaires : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QuestionnaireRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    AuditId = table.Column<int>(type: "integer", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LinkMadeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireRounds_Audits_AuditId",
                        column: x => x.AuditId,
                        principalTable: "Audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionnaireRounds_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_QuestionnaireRounds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_AuditId",
                table: "QuestionnaireRounds",
                column: "AuditId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_SettingId",
                table: "QuestionnaireRounds",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_TenantId",
                table: "QuestionnaireRounds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_TokenHash",
                table: "QuestionnaireRounds",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QuestionnaireGoals");

            migrationBuilder.DropTable(
                name: "QuestionnaireRounds");
        }
    }
}
