using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QualityMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "AuditAnswers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AuditAmendments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    AuditId = table.Column<int>(type: "integer", nullable: false),
                    ItemNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OldAnswer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NewAnswer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ById = table.Column<Guid>(type: "uuid", nullable: true),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditAmendments_Audits_AuditId",
                        column: x => x.AuditId,
                        principalTable: "Audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditAmendments_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AuditAmendments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AuditGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    AuditId = table.Column<int>(type: "integer", nullable: false),
                    SuggestionKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    PlanGoalId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditGoals_Audits_AuditId",
                        column: x => x.AuditId,
                        principalTable: "Audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditGoals_PlanGoals_PlanGoalId",
                        column: x => x.PlanGoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditGoals_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_AuditGoals_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChartAnnotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SeriesKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    SeriesKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    BaselinePoints = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "InstrumentTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: true),
                    InstrumentCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GuidanceVersion = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ItemNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    NotApplicableAllowed = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "InstrumentUploads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Yaml = table.Column<string>(type: "text", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentUploads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentUploads_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Measures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Chart = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    BaselinePoints = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "QuestionnaireRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    AuditId = table.Column<int>(type: "integer", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LinkMadeAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireRounds_Audits_AuditId",
                        column: x => x.AuditId,
                        principalTable: "Audits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionnaireRounds_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_QuestionnaireRounds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ScreenedChildren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoomId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreenedChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreenedChildren_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ScreenedChildren_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ScreenedChildren_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ScreeningRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoomId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Screened = table.Column<int>(type: "integer", nullable: false),
                    Red = table.Column<int>(type: "integer", nullable: false),
                    Amber = table.Column<int>(type: "integer", nullable: false),
                    Green = table.Column<int>(type: "integer", nullable: false),
                    WellBeingMean = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    InvolvementMean = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    WellBeing1 = table.Column<int>(type: "integer", nullable: false),
                    WellBeing2 = table.Column<int>(type: "integer", nullable: false),
                    WellBeing3 = table.Column<int>(type: "integer", nullable: false),
                    WellBeing4 = table.Column<int>(type: "integer", nullable: false),
                    WellBeing5 = table.Column<int>(type: "integer", nullable: false),
                    Involvement1 = table.Column<int>(type: "integer", nullable: false),
                    Involvement2 = table.Column<int>(type: "integer", nullable: false),
                    Involvement3 = table.Column<int>(type: "integer", nullable: false),
                    Involvement4 = table.Column<int>(type: "integer", nullable: false),
                    Involvement5 = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreeningRounds_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ScreeningRounds_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ScreeningRounds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChartMarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChartControlsId = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeasureId = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    Numerator = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Denominator = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    ExclusionReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PhaseStart = table.Column<bool>(type: "boolean", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "QuestionnaireGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ItemNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    PlanGoalId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionnaireGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_PlanGoals_PlanGoalId",
                        column: x => x.PlanGoalId,
                        principalTable: "PlanGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_QuestionnaireRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "QuestionnaireRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_QuestionnaireGoals_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChildActionPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ByWhom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildActionPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildActionPoints_ScreenedChildren_ChildId",
                        column: x => x.ChildId,
                        principalTable: "ScreenedChildren",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ChildActionPoints_ScreeningRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ScreeningRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChildActionPoints_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ChildActionPoints_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChildScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    WellBeing = table.Column<int>(type: "integer", nullable: false),
                    Involvement = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChildScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChildScores_ScreenedChildren_ChildId",
                        column: x => x.ChildId,
                        principalTable: "ScreenedChildren",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ChildScores_ScreeningRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ScreeningRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChildScores_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ChildScores_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RoomActionPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ByWhom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoomActionPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoomActionPoints_ScreeningRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ScreeningRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoomActionPoints_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RoomActionPoints_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditAmendments_AuditId",
                table: "AuditAmendments",
                column: "AuditId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditAmendments_SettingId",
                table: "AuditAmendments",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditAmendments_TenantId",
                table: "AuditAmendments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditGoals_AuditId_SuggestionKey",
                table: "AuditGoals",
                columns: new[] { "AuditId", "SuggestionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditGoals_PlanGoalId",
                table: "AuditGoals",
                column: "PlanGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditGoals_SettingId",
                table: "AuditGoals",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditGoals_TenantId",
                table: "AuditGoals",
                column: "TenantId");

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
                name: "IX_ChildActionPoints_ChildId",
                table: "ChildActionPoints",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildActionPoints_RoundId_ChildId",
                table: "ChildActionPoints",
                columns: new[] { "RoundId", "ChildId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChildActionPoints_SettingId",
                table: "ChildActionPoints",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildActionPoints_TenantId",
                table: "ChildActionPoints",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildScores_ChildId",
                table: "ChildScores",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildScores_RoundId_ChildId",
                table: "ChildScores",
                columns: new[] { "RoundId", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChildScores_SettingId",
                table: "ChildScores",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_ChildScores_TenantId",
                table: "ChildScores",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentTexts_SettingId",
                table: "InstrumentTexts",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentTexts_TenantId_SettingId_InstrumentCode",
                table: "InstrumentTexts",
                columns: new[] { "TenantId", "SettingId", "InstrumentCode" });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentUploads_TenantId_Code_Version",
                table: "InstrumentUploads",
                columns: new[] { "TenantId", "Code", "Version" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_PlanGoalId",
                table: "QuestionnaireGoals",
                column: "PlanGoalId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_RoundId_ItemNumber",
                table: "QuestionnaireGoals",
                columns: new[] { "RoundId", "ItemNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_SettingId",
                table: "QuestionnaireGoals",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireGoals_TenantId",
                table: "QuestionnaireGoals",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_AuditId",
                table: "QuestionnaireRounds",
                column: "AuditId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_SettingId",
                table: "QuestionnaireRounds",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_TenantId",
                table: "QuestionnaireRounds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionnaireRounds_TokenHash",
                table: "QuestionnaireRounds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoomActionPoints_RoundId",
                table: "RoomActionPoints",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_RoomActionPoints_SettingId",
                table: "RoomActionPoints",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_RoomActionPoints_TenantId",
                table: "RoomActionPoints",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreenedChildren_RoomId",
                table: "ScreenedChildren",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreenedChildren_SettingId_Code",
                table: "ScreenedChildren",
                columns: new[] { "SettingId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScreenedChildren_TenantId",
                table: "ScreenedChildren",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_RoomId_HeldOn",
                table: "ScreeningRounds",
                columns: new[] { "RoomId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_SettingId_HeldOn",
                table: "ScreeningRounds",
                columns: new[] { "SettingId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningRounds_TenantId",
                table: "ScreeningRounds",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditAmendments");

            migrationBuilder.DropTable(
                name: "AuditGoals");

            migrationBuilder.DropTable(
                name: "ChartAnnotations");

            migrationBuilder.DropTable(
                name: "ChartMarks");

            migrationBuilder.DropTable(
                name: "ChildActionPoints");

            migrationBuilder.DropTable(
                name: "ChildScores");

            migrationBuilder.DropTable(
                name: "InstrumentTexts");

            migrationBuilder.DropTable(
                name: "InstrumentUploads");

            migrationBuilder.DropTable(
                name: "MeasureValues");

            migrationBuilder.DropTable(
                name: "QuestionnaireGoals");

            migrationBuilder.DropTable(
                name: "RoomActionPoints");

            migrationBuilder.DropTable(
                name: "ChartControls");

            migrationBuilder.DropTable(
                name: "ScreenedChildren");

            migrationBuilder.DropTable(
                name: "Measures");

            migrationBuilder.DropTable(
                name: "QuestionnaireRounds");

            migrationBuilder.DropTable(
                name: "ScreeningRounds");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "AuditAnswers");
        }
    }
}
