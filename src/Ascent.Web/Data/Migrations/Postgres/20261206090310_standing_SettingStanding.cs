using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class standing_SettingStanding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StandingCode",
                table: "Settings",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "not-yet-inspected");

            migrationBuilder.CreateIndex(
                name: "IX_Settings_TenantId_StandingCode",
                table: "Settings",
                columns: new[] { "TenantId", "StandingCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Settings_TenantId_StandingCode",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "StandingCode",
                table: "Settings");
        }
    }
}
