using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorkingTogether : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuddyingLimits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Limit = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyingLimits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyingLimits_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PartnershipKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipKinds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipKinds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Partnerships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    KindId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Locality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TermsOfReference = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Objectives = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LeadUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partnerships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Partnerships_PartnershipKinds_KindId",
                        column: x => x.KindId,
                        principalTable: "PartnershipKinds",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Partnerships_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Bulletins",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AudienceValue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PartnershipId = table.Column<int>(type: "integer", nullable: true),
                    AudienceName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    WrittenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WrittenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PeopleReached = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bulletins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bulletins_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Bulletins_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MeetingSeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingSeries_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingSeries_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "NetworkQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    AskedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AskedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AskedBySettingId = table.Column<int>(type: "integer", nullable: true),
                    AskedFrom = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HiddenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HiddenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkQuestions_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkQuestions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PartnershipMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: true),
                    PartnerType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipMembers_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipMembers_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PartnershipMembers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "BulletinOpenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    BulletinId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinOpenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinOpenings_Bulletins_BulletinId",
                        column: x => x.BulletinId,
                        principalTable: "Bulletins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BulletinOpenings_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_BulletinOpenings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "BulletinRecipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    BulletinId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulletinRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulletinRecipients_Bulletins_BulletinId",
                        column: x => x.BulletinId,
                        principalTable: "Bulletins",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BulletinRecipients_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_BulletinRecipients_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    SeriesId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Venue = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HostMemberId = table.Column<int>(type: "integer", nullable: true),
                    HostName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlannedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CalendarUid = table.Column<Guid>(type: "uuid", nullable: false),
                    CalendarSequence = table.Column<int>(type: "integer", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Decisions = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    OfficersPresent = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_MeetingSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "MeetingSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meetings_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Meetings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "NetworkAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BySettingId = table.Column<int>(type: "integer", nullable: true),
                    From = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    HiddenBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HiddenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HiddenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkAnswers_NetworkQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "NetworkQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NetworkAnswers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "BuddyPairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SupportedSettingId = table.Column<int>(type: "integer", nullable: false),
                    SupportedSettingName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LeadKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LeadSettingId = table.Column<int>(type: "integer", nullable: true),
                    LeadMemberId = table.Column<int>(type: "integer", nullable: true),
                    LeadName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LeadOrganisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SuggestedBecause = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyPairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyPairings_PartnershipMembers_LeadMemberId",
                        column: x => x.LeadMemberId,
                        principalTable: "PartnershipMembers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_BuddyPairings_Settings_LeadSettingId",
                        column: x => x.LeadSettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_BuddyPairings_Settings_SupportedSettingId",
                        column: x => x.SupportedSettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_BuddyPairings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MeetingActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    What = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DoneBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingActions_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingActions_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MeetingAgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProposedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: true),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    PartnershipId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_PartnershipMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "PartnershipMembers",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_MeetingAttendance_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "BuddyPairingGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlanGoalId = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Change = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PairingId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyPairingGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyPairingGoals_BuddyPairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "BuddyPairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuddyPairingVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SharedNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NoteBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PairingId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyPairingVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyPairingVisits_BuddyPairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "BuddyPairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyingLimits_TenantId",
                table: "BuddyingLimits",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairingGoals_PairingId",
                table: "BuddyPairingGoals",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairings_LeadMemberId",
                table: "BuddyPairings",
                column: "LeadMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairings_LeadSettingId",
                table: "BuddyPairings",
                column: "LeadSettingId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairings_SupportedSettingId",
                table: "BuddyPairings",
                column: "SupportedSettingId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairings_TenantId_Status",
                table: "BuddyPairings",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyPairingVisits_PairingId",
                table: "BuddyPairingVisits",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_BulletinOpenings_BulletinId_SettingId_UserId",
                table: "BulletinOpenings",
                columns: new[] { "BulletinId", "SettingId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulletinOpenings_SettingId",
                table: "BulletinOpenings",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_BulletinOpenings_TenantId_SettingId",
                table: "BulletinOpenings",
                columns: new[] { "TenantId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_BulletinRecipients_BulletinId_SettingId",
                table: "BulletinRecipients",
                columns: new[] { "BulletinId", "SettingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulletinRecipients_SettingId",
                table: "BulletinRecipients",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_BulletinRecipients_TenantId_SettingId",
                table: "BulletinRecipients",
                columns: new[] { "TenantId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_PartnershipId",
                table: "Bulletins",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_TenantId_SentAt",
                table: "Bulletins",
                columns: new[] { "TenantId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_MeetingId",
                table: "MeetingActions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_PartnershipId_DoneOn",
                table: "MeetingActions",
                columns: new[] { "PartnershipId", "DoneOn" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingActions_TenantId",
                table: "MeetingActions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId",
                table: "MeetingAgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_PartnershipId",
                table: "MeetingAgendaItems",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_TenantId",
                table: "MeetingAgendaItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_MeetingId_MemberId",
                table: "MeetingAttendance",
                columns: new[] { "MeetingId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_MemberId",
                table: "MeetingAttendance",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_PartnershipId",
                table: "MeetingAttendance",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendance_TenantId_SettingId",
                table: "MeetingAttendance",
                columns: new[] { "TenantId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_PartnershipId_Date",
                table: "Meetings",
                columns: new[] { "PartnershipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SeriesId",
                table: "Meetings",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_TenantId_Date",
                table: "Meetings",
                columns: new[] { "TenantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingSeries_PartnershipId_Title",
                table: "MeetingSeries",
                columns: new[] { "PartnershipId", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingSeries_TenantId",
                table: "MeetingSeries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkAnswers_QuestionId",
                table: "NetworkAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkAnswers_TenantId_PartnershipId",
                table: "NetworkAnswers",
                columns: new[] { "TenantId", "PartnershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkQuestions_PartnershipId",
                table: "NetworkQuestions",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_NetworkQuestions_TenantId_PartnershipId",
                table: "NetworkQuestions",
                columns: new[] { "TenantId", "PartnershipId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipKinds_TenantId_Name",
                table: "PartnershipKinds",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMembers_PartnershipId_SettingId",
                table: "PartnershipMembers",
                columns: new[] { "PartnershipId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMembers_SettingId",
                table: "PartnershipMembers",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMembers_TenantId_SettingId",
                table: "PartnershipMembers",
                columns: new[] { "TenantId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_KindId",
                table: "Partnerships",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_TenantId_Locality",
                table: "Partnerships",
                columns: new[] { "TenantId", "Locality" });

            migrationBuilder.CreateIndex(
                name: "IX_Partnerships_TenantId_Name",
                table: "Partnerships",
                columns: new[] { "TenantId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuddyingLimits");

            migrationBuilder.DropTable(
                name: "BuddyPairingGoals");

            migrationBuilder.DropTable(
                name: "BuddyPairingVisits");

            migrationBuilder.DropTable(
                name: "BulletinOpenings");

            migrationBuilder.DropTable(
                name: "BulletinRecipients");

            migrationBuilder.DropTable(
                name: "MeetingActions");

            migrationBuilder.DropTable(
                name: "MeetingAgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingAttendance");

            migrationBuilder.DropTable(
                name: "NetworkAnswers");

            migrationBuilder.DropTable(
                name: "BuddyPairings");

            migrationBuilder.DropTable(
                name: "Bulletins");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "NetworkQuestions");

            migrationBuilder.DropTable(
                name: "PartnershipMembers");

            migrationBuilder.DropTable(
                name: "MeetingSeries");

            migrationBuilder.DropTable(
                name: "Partnerships");

            migrationBuilder.DropTable(
                name: "PartnershipKinds");
        }
    }
}
