using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InstrumentTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InstrumentTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: true),
                    InstrumentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GuidanceVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ItemNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    NotApplicableAllowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentTexts_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_InstrumentTexts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentTexts_SettingId",
                table: "InstrumentTexts",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentTexts_TenantId_SettingId_InstrumentCode",
                table: "InstrumentTexts",
                columns: new[] { "TenantId", "SettingId", "InstrumentCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstrumentTexts");
        }
    }
}
