using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VisitsAndOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NoteTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DiscussionPrompt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoteTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoteTemplates_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Confidential = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseTaskId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VisitNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Accompanied = table.Column<bool>(type: "INTEGER", nullable: false),
                    MonitorsProgress = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SettingAttendees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledBy = table.Column<int>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RescheduleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRescheduleReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PlannedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CalendarUid = table.Column<Guid>(type: "TEXT", nullable: false),
                    CalendarSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Preparation_InformedOwners = table.Column<bool>(type: "INTEGER", nullable: false),
                    Preparation_AlertedStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Preparation_SentImprovementPlan = table.Column<bool>(type: "INTEGER", nullable: false),
                    Preparation_SentSelfEvaluation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Preparation_SinceLastVisit = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Preparation_ToDiscuss = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Preparation_UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Preparation_UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_CaseTasks_CaseTaskId",
                        column: x => x.CaseTaskId,
                        principalTable: "CaseTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Visits_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Visits_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Visits_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitAttendee",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitAttendee", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitAttendee_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VisitAttendee_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitDocuments_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VisitDocuments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VisitDocuments_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TemplateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DiscussionPrompt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Attended = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SeenAndDiscussed = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AuditsDone = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Signposting = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SignpostingOther = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitNotes_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VisitNotes_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VisitNotes_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreedActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Owner = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlanGoal = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProgressAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreedActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreedActions_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AgreedActions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AgreedActions_VisitNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "VisitNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoteAddendum",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NoteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoteAddendum", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NoteAddendum_VisitNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "VisitNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    MetInNoteId = table.Column<int>(type: "INTEGER", nullable: true),
                    MetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Recommendations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Recommendations_VisitNotes_MetInNoteId",
                        column: x => x.MetInNoteId,
                        principalTable: "VisitNotes",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Recommendations_VisitNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "VisitNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    NoteId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Evaluation = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationReviews_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RecommendationReviews_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RecommendationReviews_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RecommendationReviews_VisitNotes_NoteId",
                        column: x => x.NoteId,
                        principalTable: "VisitNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreedActions_NoteId",
                table: "AgreedActions",
                column: "NoteId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreedActions_SettingId_Status",
                table: "AgreedActions",
                columns: new[] { "SettingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreedActions_TenantId",
                table: "AgreedActions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_NoteAddendum_NoteId",
                table: "NoteAddendum",
                column: "NoteId");

            migrationBuilder.CreateIndex(
                name: "IX_NoteTemplates_TenantId_Purpose",
                table: "NoteTemplates",
                columns: new[] { "TenantId", "Purpose" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_TenantId",
                table: "OutboxMessages",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationReviews_NoteId_RecommendationId",
                table: "RecommendationReviews",
                columns: new[] { "NoteId", "RecommendationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationReviews_RecommendationId",
                table: "RecommendationReviews",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationReviews_SettingId",
                table: "RecommendationReviews",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationReviews_TenantId",
                table: "RecommendationReviews",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_MetInNoteId",
                table: "Recommendations",
                column: "MetInNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_NoteId",
                table: "Recommendations",
                column: "NoteId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_SettingId_Status",
                table: "Recommendations",
                columns: new[] { "SettingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_TenantId",
                table: "Recommendations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitAttendee_UserId",
                table: "VisitAttendee",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitAttendee_VisitId_UserId",
                table: "VisitAttendee",
                columns: new[] { "VisitId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VisitDocuments_SettingId",
                table: "VisitDocuments",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitDocuments_TenantId",
                table: "VisitDocuments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitDocuments_VisitId",
                table: "VisitDocuments",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitNotes_SettingId",
                table: "VisitNotes",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitNotes_TenantId_Status_AcknowledgedAt",
                table: "VisitNotes",
                columns: new[] { "TenantId", "Status", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VisitNotes_VisitId",
                table: "VisitNotes",
                column: "VisitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_CaseId",
                table: "Visits",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_CaseTaskId",
                table: "Visits",
                column: "CaseTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_SettingId_Date",
                table: "Visits",
                columns: new[] { "SettingId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_TenantId_Date",
                table: "Visits",
                columns: new[] { "TenantId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreedActions");

            migrationBuilder.DropTable(
                name: "NoteAddendum");

            migrationBuilder.DropTable(
                name: "NoteTemplates");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "RecommendationReviews");

            migrationBuilder.DropTable(
                name: "VisitAttendee");

            migrationBuilder.DropTable(
                name: "VisitDocuments");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "VisitNotes");

            migrationBuilder.DropTable(
                name: "Visits");
        }
    }
}
