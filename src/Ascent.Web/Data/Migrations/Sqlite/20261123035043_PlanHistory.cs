using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanGoalRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanGoalRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanGoalRevisions_PlanGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanGoalRevisions_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PlanGoalRevisions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoalRevisions_GoalId_Version",
                table: "PlanGoalRevisions",
                columns: new[] { "GoalId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoalRevisions_SettingId_At",
                table: "PlanGoalRevisions",
                columns: new[] { "SettingId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanGoalRevisions_TenantId",
                table: "PlanGoalRevisions",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanGoalRevisions");
        }
    }
}
