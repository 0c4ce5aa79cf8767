using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Networks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NetworkMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PlannedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AttendanceRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendanceRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkMeetings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "NetworkInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkInvitations_NetworkMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "NetworkMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkInvitations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_NetworkInvitations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "NetworkAttendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkAttendance_NetworkInvitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "NetworkInvitations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_NetworkAttendance_NetworkMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "NetworkMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkAttendance_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_NetworkAttendance_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkAttendance_InvitationId",
                table: "NetworkAttendance",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkAttendance_MeetingId",
                table: "NetworkAttendance",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkAttendance_SettingId",
                table: "NetworkAttendance",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkAttendance_TenantId_SettingId",
                table: "NetworkAttendance",
                columns: new[] { "TenantId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkInvitations_MeetingId_SettingId_UserId",
                table: "NetworkInvitations",
                columns: new[] { "MeetingId", "SettingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NetworkInvitations_SettingId",
                table: "NetworkInvitations",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkInvitations_TenantId_SettingId",
                table: "NetworkInvitations",
                columns: new[] { "TenantId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkMeetings_TenantId_Date",
                table: "NetworkMeetings",
                columns: new[] { "TenantId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NetworkAttendance");

            migrationBuilder.DropTable(
                name: "NetworkInvitations");

            migrationBuilder.DropTable(
                name: "NetworkMeetings");
        }
    }
}
