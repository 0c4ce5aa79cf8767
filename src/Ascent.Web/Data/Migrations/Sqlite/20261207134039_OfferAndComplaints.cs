using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferAndComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SignpostedCourses",
                table: "VisitNotes",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BookingId",
                table: "PlanSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OfferItemId",
                table: "PlanSteps",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ComplaintTeams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcknowledgeWithinDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswerWithinDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintTeams_AspNetUsers_ManagerId",
                        column: x => x.ManagerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ComplaintTeams_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintThemes_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Prerequisites = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    PlacesPerSetting = table.Column<int>(type: "INTEGER", nullable: true),
                    PricePence = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceRuleCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlacesTaken = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferItems_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "OfferTermsVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferTermsVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferTermsVersions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    ManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OfferItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    Service = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WhatWanted = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedByEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Learning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SharedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_AspNetUsers_ManagerId",
                        column: x => x.ManagerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Complaints_AspNetUsers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Complaints_ComplaintTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "ComplaintTeams",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Complaints_OfferItems_OfferItemId",
                        column: x => x.OfferItemId,
                        principalTable: "OfferItems",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Complaints_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Complaints_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "OfferSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Starts = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Ends = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RegisterTakenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RegisterTakenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferSessions_OfferItems_OfferItemId",
                        column: x => x.OfferItemId,
                        principalTable: "OfferItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferSessions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendeeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AttendeeEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PricePence = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TermsVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    BookedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WaitingSince = table.Column<long>(type: "INTEGER", nullable: true),
                    PromotedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CancellationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CancellationChargePence = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubstitutedFor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubstitutedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TransferredFromItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    TransferredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bookings_OfferItems_OfferItemId",
                        column: x => x.OfferItemId,
                        principalTable: "OfferItems",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Bookings_OfferTermsVersions_TermsVersionId",
                        column: x => x.TermsVersionId,
                        principalTable: "OfferTermsVersions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Bookings_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Bookings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Charges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AmountPence = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Charges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Charges_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Charges_OfferItems_OfferItemId",
                        column: x => x.OfferItemId,
                        principalTable: "OfferItems",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Charges_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Charges_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SessionAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferSessionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionAttendances_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionAttendances_OfferSessions_OfferSessionId",
                        column: x => x.OfferSessionId,
                        principalTable: "OfferSessions",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionAttendances_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionAttendances_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_BookingId",
                table: "PlanSteps",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_OfferItemId",
                table: "PlanSteps",
                column: "OfferItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_OfferItemId_Status",
                table: "Bookings",
                columns: new[] { "OfferItemId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_SettingId",
                table: "Bookings",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_TenantId_SettingId_Status",
                table: "Bookings",
                columns: new[] { "TenantId", "SettingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_TermsVersionId",
                table: "Bookings",
                column: "TermsVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_BookingId",
                table: "Charges",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_OfferItemId",
                table: "Charges",
                column: "OfferItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Charges_SettingId_ChargedOn",
                table: "Charges",
                columns: new[] { "SettingId", "ChargedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Charges_TenantId_ChargedOn",
                table: "Charges",
                columns: new[] { "TenantId", "ChargedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ManagerId",
                table: "Complaints",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OfferItemId",
                table: "Complaints",
                column: "OfferItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OfficerId",
                table: "Complaints",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_SettingId",
                table: "Complaints",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TeamId",
                table: "Complaints",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TenantId_ReceivedOn",
                table: "Complaints",
                columns: new[] { "TenantId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintTeams_ManagerId",
                table: "ComplaintTeams",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintTeams_TenantId_Name",
                table: "ComplaintTeams",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintThemes_TenantId_Name",
                table: "ComplaintThemes",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferItems_TenantId_Status",
                table: "OfferItems",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferSessions_OfferItemId",
                table: "OfferSessions",
                column: "OfferItemId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferSessions_TenantId_Date",
                table: "OfferSessions",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferTermsVersions_TenantId_Number",
                table: "OfferTermsVersions",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendances_BookingId_OfferSessionId",
                table: "SessionAttendances",
                columns: new[] { "BookingId", "OfferSessionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendances_OfferSessionId",
                table: "SessionAttendances",
                column: "OfferSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendances_SettingId",
                table: "SessionAttendances",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionAttendances_TenantId",
                table: "SessionAttendances",
                column: "TenantId");

            migrationBuilder.AddForeignKey(
                name: "FK_PlanSteps_Bookings_BookingId",
                table: "PlanSteps",
                column: "BookingId",
                principalTable: "Bookings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanSteps_OfferItems_OfferItemId",
                table: "PlanSteps",
                column: "OfferItemId",
                principalTable: "OfferItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PlanSteps_Bookings_BookingId",
                table: "PlanSteps");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanSteps_OfferItems_OfferItemId",
                table: "PlanSteps");

            migrationBuilder.DropTable(
                name: "Charges");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ComplaintThemes");

            migrationBuilder.DropTable(
                name: "SessionAttendances");

            migrationBuilder.DropTable(
                name: "ComplaintTeams");

            migrationBuilder.DropTable(
                name: "Bookings");

            migrationBuilder.DropTable(
                name: "OfferSessions");

            migrationBuilder.DropTable(
                name: "OfferTermsVersions");

            migrationBuilder.DropTable(
                name: "OfferItems");

            migrationBuilder.DropIndex(
                name: "IX_PlanSteps_BookingId",
                table: "PlanSteps");

            migrationBuilder.DropIndex(
                name: "IX_PlanSteps_OfferItemId",
                table: "PlanSteps");

            migrationBuilder.DropColumn(
                name: "SignpostedCourses",
                table: "VisitNotes");

            migrationBuilder.DropColumn(
                name: "BookingId",
                table: "PlanSteps");

            migrationBuilder.DropColumn(
                name: "OfferItemId",
                table: "PlanSteps");
        }
    }
}
