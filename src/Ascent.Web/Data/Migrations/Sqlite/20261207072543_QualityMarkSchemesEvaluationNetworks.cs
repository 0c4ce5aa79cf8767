using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityMarkSchemesEvaluationNetworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SchemeCosts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "EvaluatorTimes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CohortEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingsInstrumentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SettingsInstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EvaluatorsInstrumentCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EvaluatorsInstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Answers = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortEvaluations_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CohortEvaluations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

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
                name: "SchemeVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeVersions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EvaluationInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortEvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationInvitations_CohortEvaluations_CohortEvaluationId",
                        column: x => x.CohortEvaluationId,
                        principalTable: "CohortEvaluations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EvaluationInvitations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EvaluationInvitations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EvaluationResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortEvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Scores = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationResponses_CohortEvaluations_CohortEvaluationId",
                        column: x => x.CohortEvaluationId,
                        principalTable: "CohortEvaluations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EvaluationResponses_Tenants_TenantId",
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
                name: "IX_CohortEvaluations_CohortId",
                table: "CohortEvaluations",
                column: "CohortId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CohortEvaluations_TenantId",
                table: "CohortEvaluations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationInvitations_CohortEvaluationId_SettingId",
                table: "EvaluationInvitations",
                columns: new[] { "CohortEvaluationId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationInvitations_CohortEvaluationId_UserId",
                table: "EvaluationInvitations",
                columns: new[] { "CohortEvaluationId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationInvitations_SettingId",
                table: "EvaluationInvitations",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationInvitations_TenantId",
                table: "EvaluationInvitations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationResponses_CohortEvaluationId_Audience",
                table: "EvaluationResponses",
                columns: new[] { "CohortEvaluationId", "Audience" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationResponses_TenantId",
                table: "EvaluationResponses",
                column: "TenantId");

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

            migrationBuilder.CreateIndex(
                name: "IX_SchemeVersions_TenantId_Code_Version",
                table: "SchemeVersions",
                columns: new[] { "TenantId", "Code", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationInvitations");

            migrationBuilder.DropTable(
                name: "EvaluationResponses");

            migrationBuilder.DropTable(
                name: "NetworkAttendance");

            migrationBuilder.DropTable(
                name: "SchemeVersions");

            migrationBuilder.DropTable(
                name: "CohortEvaluations");

            migrationBuilder.DropTable(
                name: "NetworkInvitations");

            migrationBuilder.DropTable(
                name: "NetworkMeetings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SchemeCosts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "EvaluatorTimes");
        }
    }
}
