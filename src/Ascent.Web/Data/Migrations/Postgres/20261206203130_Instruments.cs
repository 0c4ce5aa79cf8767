using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AgeGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Archived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoomId = table.Column<int>(type: "integer", nullable: true),
                    InstrumentCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GuidanceVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ObservedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FinishedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VisitId = table.Column<int>(type: "integer", nullable: true),
                    CaseTaskId = table.Column<int>(type: "integer", nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuditId = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RespondentGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    ItemNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    Checklist = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    NotApplicable = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SheetId = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    ItemNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Answer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
