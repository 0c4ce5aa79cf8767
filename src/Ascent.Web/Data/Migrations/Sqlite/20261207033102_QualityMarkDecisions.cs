using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityMarkDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccreditationAppeals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MadeBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MadeOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeardById = table.Column<Guid>(type: "TEXT", nullable: true),
                    HeardOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccreditationAppeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccreditationAppeals_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AccreditationAppeals_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AccreditationAppeals_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AccreditationReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemindedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccreditationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccreditationReviews_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AccreditationReviews_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AccreditationReviews_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PanelDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CoordinatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondReaderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelDecisions_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PanelDecisions_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PanelDecisions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationAppeals_AccreditationId",
                table: "AccreditationAppeals",
                column: "AccreditationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationAppeals_SettingId",
                table: "AccreditationAppeals",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationAppeals_TenantId",
                table: "AccreditationAppeals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationReviews_AccreditationId_Kind_Number",
                table: "AccreditationReviews",
                columns: new[] { "AccreditationId", "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationReviews_SettingId",
                table: "AccreditationReviews",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_AccreditationReviews_TenantId_DoneOn_OpensOn",
                table: "AccreditationReviews",
                columns: new[] { "TenantId", "DoneOn", "OpensOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_AccreditationId",
                table: "PanelDecisions",
                column: "AccreditationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_SettingId",
                table: "PanelDecisions",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelDecisions_TenantId",
                table: "PanelDecisions",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccreditationAppeals");

            migrationBuilder.DropTable(
                name: "AccreditationReviews");

            migrationBuilder.DropTable(
                name: "PanelDecisions");
        }
    }
}
