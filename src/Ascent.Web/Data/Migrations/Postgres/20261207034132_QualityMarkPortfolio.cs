using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QualityMarkPortfolio : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseStudies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    AccreditationId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Question = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Baseline = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Changes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Observations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Outcomes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Reflection = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "RequirementSignOffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    AccreditationId = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RequirementCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SignedOff = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "CaseStudyAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    CaseStudyId = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    CaseStudyId = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseStudyAttachments");

            migrationBuilder.DropTable(
                name: "CaseStudyComments");

            migrationBuilder.DropTable(
                name: "RequirementSignOffs");

            migrationBuilder.DropTable(
                name: "CaseStudies");
        }
    }
}
