using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Measures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChartAnnotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SeriesKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChartAnnotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChartAnnotations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ChartAnnotations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChartControls",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriesKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    BaselinePoints = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChartControls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChartControls_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ChartControls_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Chart = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BaselinePoints = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measures_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Measures_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChartMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChartControlsId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChartMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChartMarks_ChartControls_ChartControlsId",
                        column: x => x.ChartControlsId,
                        principalTable: "ChartControls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChartMarks_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ChartMarks_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MeasureValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhaseStart = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasureValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasureValues_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeasureValues_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MeasureValues_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChartAnnotations_SettingId_Date",
                table: "ChartAnnotations",
                columns: new[] { "SettingId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ChartAnnotations_TenantId",
                table: "ChartAnnotations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChartControls_SettingId_SeriesKey",
                table: "ChartControls",
                columns: new[] { "SettingId", "SeriesKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChartControls_TenantId",
                table: "ChartControls",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChartMarks_ChartControlsId_Kind_Date",
                table: "ChartMarks",
                columns: new[] { "ChartControlsId", "Kind", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChartMarks_SettingId",
                table: "ChartMarks",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_ChartMarks_TenantId",
                table: "ChartMarks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_SettingId_Name",
                table: "Measures",
                columns: new[] { "SettingId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measures_TenantId",
                table: "Measures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValues_MeasureId_Date",
                table: "MeasureValues",
                columns: new[] { "MeasureId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValues_SettingId",
                table: "MeasureValues",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasureValues_TenantId",
                table: "MeasureValues",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChartAnnotations");

            migrationBuilder.DropTable(
                name: "ChartMarks");

            migrationBuilder.DropTable(
                name: "MeasureValues");

            migrationBuilder.DropTable(
                name: "ChartControls");

            migrationBuilder.DropTable(
                name: "Measures");
        }
    }
}
