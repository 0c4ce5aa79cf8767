using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Instruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AgeGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rooms_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Rooms_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Audits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoomId = table.Column<int>(type: "INTEGER", nullable: true),
                    InstrumentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GuidanceVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FinishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseTaskId = table.Column<int>(type: "INTEGER", nullable: true),
                    Imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Audits_CaseTasks_CaseTaskId",
                        column: x => x.CaseTaskId,
                        principalTable: "CaseTasks",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Audits_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Audits_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Audits_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Audits_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AuditSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuditId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RespondentGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditSheets_Audits_AuditId",
                        column: x => x.AuditId,
                        principalTable: "Audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditSheets_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AuditSheets_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AuditAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Checklist = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NotApplicable = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditAnswers_AuditSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "AuditSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditAnswers_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AuditAnswers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AuditIndicatorAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditIndicatorAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditIndicatorAnswers_AuditSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "AuditSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditIndicatorAnswers_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AuditIndicatorAnswers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditAnswers_SettingId",
                table: "AuditAnswers",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditAnswers_SheetId_ItemNumber",
                table: "AuditAnswers",
                columns: new[] { "SheetId", "ItemNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditAnswers_TenantId",
                table: "AuditAnswers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditIndicatorAnswers_SettingId",
                table: "AuditIndicatorAnswers",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditIndicatorAnswers_SheetId_ItemNumber_IndicatorCode",
                table: "AuditIndicatorAnswers",
                columns: new[] { "SheetId", "ItemNumber", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditIndicatorAnswers_TenantId",
                table: "AuditIndicatorAnswers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Audits_CaseTaskId",
                table: "Audits",
                column: "CaseTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Audits_RoomId",
                table: "Audits",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_Audits_SettingId_InstrumentCode_ObservedOn",
                table: "Audits",
                columns: new[] { "SettingId", "InstrumentCode", "ObservedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Audits_TenantId",
                table: "Audits",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Audits_VisitId",
                table: "Audits",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditSheets_AuditId",
                table: "AuditSheets",
                column: "AuditId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditSheets_PersonId",
                table: "AuditSheets",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditSheets_SettingId",
                table: "AuditSheets",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditSheets_TenantId",
                table: "AuditSheets",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_SettingId_Name",
                table: "Rooms",
                columns: new[] { "SettingId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_TenantId",
                table: "Rooms",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditAnswers");

            migrationBuilder.DropTable(
                name: "AuditIndicatorAnswers");

            migrationBuilder.DropTable(
                name: "AuditSheets");

            migrationBuilder.DropTable(
                name: "Audits");

            migrationBuilder.DropTable(
                name: "Rooms");
        }
    }
}
