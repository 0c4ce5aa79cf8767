using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QualityMark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SchemeVersion = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicationsOpenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplicationsCloseOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PilotRules = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cohorts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EvaluatorConflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluatorConflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluatorConflicts_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EvaluatorConflicts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EvaluatorTrainings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Course = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SchemeCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluatorTrainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluatorTrainings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Accreditations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EntryDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EntryDecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EntryNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AllocatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendedLevel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Appealed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accreditations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accreditations_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Accreditations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Accreditations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

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
                name: "CaseStudies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Baseline = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Observations = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Outcomes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Reflection = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudies_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStudies_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CaseStudies_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EntryCriterionRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryCriterionRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntryCriterionRecords_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntryCriterionRecords_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EntryCriterionRecords_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EvaluatorTimes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluatorTimes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluatorTimes_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_EvaluatorTimes_Tenants_TenantId",
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

            migrationBuilder.CreateTable(
                name: "RequirementSignOffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RequirementCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SignedOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementSignOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequirementSignOffs_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RequirementSignOffs_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_RequirementSignOffs_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SchemeCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccreditationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AmountPence = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchemeCosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchemeCosts_Accreditations_AccreditationId",
                        column: x => x.AccreditationId,
                        principalTable: "Accreditations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SchemeCosts_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SchemeCosts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CaseStudyAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseStudyId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudyAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudyAttachments_CaseStudies_CaseStudyId",
                        column: x => x.CaseStudyId,
                        principalTable: "CaseStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStudyAttachments_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CaseStudyAttachments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CaseStudyComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseStudyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudyComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudyComments_CaseStudies_CaseStudyId",
                        column: x => x.CaseStudyId,
                        principalTable: "CaseStudies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStudyComments_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CaseStudyComments_Tenants_TenantId",
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
                name: "IX_Accreditations_CohortId_SettingId",
                table: "Accreditations",
                columns: new[] { "CohortId", "SettingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_SettingId",
                table: "Accreditations",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_TenantId_CertificateReference",
                table: "Accreditations",
                columns: new[] { "TenantId", "CertificateReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accreditations_TenantId_Status",
                table: "Accreditations",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudies_AccreditationId",
                table: "CaseStudies",
                column: "AccreditationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudies_SettingId",
                table: "CaseStudies",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudies_TenantId_AccreditationId",
                table: "CaseStudies",
                columns: new[] { "TenantId", "AccreditationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyAttachments_CaseStudyId",
                table: "CaseStudyAttachments",
                column: "CaseStudyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyAttachments_SettingId",
                table: "CaseStudyAttachments",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyAttachments_TenantId",
                table: "CaseStudyAttachments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyComments_CaseStudyId",
                table: "CaseStudyComments",
                column: "CaseStudyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyComments_SettingId",
                table: "CaseStudyComments",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyComments_TenantId",
                table: "CaseStudyComments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_TenantId_Name",
                table: "Cohorts",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntryCriterionRecords_AccreditationId_Position",
                table: "EntryCriterionRecords",
                columns: new[] { "AccreditationId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntryCriterionRecords_SettingId",
                table: "EntryCriterionRecords",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_EntryCriterionRecords_TenantId",
                table: "EntryCriterionRecords",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorConflicts_SettingId",
                table: "EvaluatorConflicts",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorConflicts_TenantId_UserId_SettingId",
                table: "EvaluatorConflicts",
                columns: new[] { "TenantId", "UserId", "SettingId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorTimes_AccreditationId_On",
                table: "EvaluatorTimes",
                columns: new[] { "AccreditationId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorTimes_TenantId_EvaluatorId",
                table: "EvaluatorTimes",
                columns: new[] { "TenantId", "EvaluatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluatorTrainings_TenantId_UserId",
                table: "EvaluatorTrainings",
                columns: new[] { "TenantId", "UserId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_RequirementSignOffs_AccreditationId_Stage_RequirementCode",
                table: "RequirementSignOffs",
                columns: new[] { "AccreditationId", "Stage", "RequirementCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequirementSignOffs_SettingId",
                table: "RequirementSignOffs",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_RequirementSignOffs_TenantId",
                table: "RequirementSignOffs",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_SchemeCosts_AccreditationId",
                table: "SchemeCosts",
                column: "AccreditationId");

            migrationBuilder.CreateIndex(
                name: "IX_SchemeCosts_CohortId_AccreditationId",
                table: "SchemeCosts",
                columns: new[] { "CohortId", "AccreditationId" });

            migrationBuilder.CreateIndex(
                name: "IX_SchemeCosts_TenantId",
                table: "SchemeCosts",
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
                name: "CaseStudyAttachments");

            migrationBuilder.DropTable(
                name: "CaseStudyComments");

            migrationBuilder.DropTable(
                name: "EntryCriterionRecords");

            migrationBuilder.DropTable(
                name: "EvaluatorConflicts");

            migrationBuilder.DropTable(
                name: "EvaluatorTimes");

            migrationBuilder.DropTable(
                name: "EvaluatorTrainings");

            migrationBuilder.DropTable(
                name: "PanelDecisions");

            migrationBuilder.DropTable(
                name: "RequirementSignOffs");

            migrationBuilder.DropTable(
                name: "SchemeCosts");

            migrationBuilder.DropTable(
                name: "CaseStudies");

            migrationBuilder.DropTable(
                name: "Accreditations");

            migrationBuilder.DropTable(
                name: "Cohorts");
        }
    }
}
