using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AgreedActionGoalLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The goal an action named in words is kept, as the title of the goal it is linked to below or, when no
            // goal of the setting has that title, as the words shown beside an action not linked to a goal.
            migrationBuilder.RenameColumn(
                name: "PlanGoal",
                table: "AgreedActions",
                newName: "PlanGoalTitle");

            migrationBuilder.AddColumn<bool>(
                name: "MakesNewGoal",
                table: "AgreedActions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PlanGoalId",
                table: "AgreedActions",
                type: "integer",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "PlanGoalTitle",
                table: "AgreedActions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgreedActions_PlanGoalId",
                table: "AgreedActions",
                column: "PlanGoalId");

            migrationBuilder.AddForeignKey(
                name: "FK_AgreedActions_PlanGoals_PlanGoalId",
                table: "AgreedActions",
                column: "PlanGoalId",
                principalTable: "PlanGoals",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
            // Link each setting's action to the goal of its setting's plan with the title it named (case and outer
            // spaces aside; an open goal before a closed one), and take that goal's title as it is written.
            migrationBuilder.Sql("""
                UPDATE "AgreedActions" SET "PlanGoalId" = (
                    SELECT g."Id" FROM "PlanGoals" AS g
                    WHERE g."TenantId" = "AgreedActions"."TenantId" AND g."SettingId" = "AgreedActions"."SettingId"
                        AND lower(trim(g."Outcome")) = lower(trim("AgreedActions"."PlanGoalTitle"))
                    ORDER BY CASE WHEN g."Status" IN (1, 2) THEN 0 ELSE 1 END, g."Id"
                    LIMIT 1)
                WHERE "PlanGoalTitle" IS NOT NULL AND "Owner" = 1;
                UPDATE "AgreedActions" SET "PlanGoalTitle" = (SELECT g."Outcome" FROM "PlanGoals" AS g WHERE g."Id" = "AgreedActions"."PlanGoalId")
                WHERE "PlanGoalId" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AgreedActions_PlanGoals_PlanGoalId",
                table: "AgreedActions");

            migrationBuilder.DropIndex(
                name: "IX_AgreedActions_PlanGoalId",
                table: "AgreedActions");

            migrationBuilder.DropColumn(
                name: "MakesNewGoal",
                table: "AgreedActions");

            migrationBuilder.DropColumn(
                name: "PlanGoalId",
                table: "AgreedActions");

            migrationBuilder.Sql("""UPDATE "AgreedActions" SET "PlanGoalTitle" = left("PlanGoalTitle", 300) WHERE length("PlanGoalTitle") > 300;""");

            migrationBuilder.AlterColumn<string>(
                name: "PlanGoalTitle",
                table: "AgreedActions",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.RenameColumn(
                name: "PlanGoalTitle",
                table: "AgreedActions",
                newName: "PlanGoal");
        }
    }
}
