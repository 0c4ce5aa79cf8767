using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Register : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegisterName",
                table: "Tenants",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine2",
                table: "Settings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine3",
                table: "Settings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CompulsoryChildcareRegister",
                table: "Settings",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeprivationBand",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "Settings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EarlyYearsRegister",
                table: "Settings",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestFrameworkCode",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LatestInspectionDate",
                table: "Settings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestOverallGrade",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftRegisterOn",
                table: "Settings",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LocalityPartnership",
                table: "Settings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfstedRegion",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParliamentaryConstituency",
                table: "Settings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacesIncludingEstimates",
                table: "Settings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProviderSubtype",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisterCombination",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteredPersonName",
                table: "Settings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteredPersonReference",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Regulator",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SourceHash",
                table: "Settings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Telephone",
                table: "Settings",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VoluntaryChildcareRegister",
                table: "Settings",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ward",
                table: "Settings",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChangeEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ImportRunId = table.Column<long>(type: "bigint", nullable: true),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeEvents_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementEvents_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: true),
                    Source = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FileNames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsBaseline = table.Column<bool>(type: "boolean", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false),
                    OtherLocalAuthorities = table.Column<int>(type: "integer", nullable: false),
                    LeftRegister = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionGrades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    InspectionId = table.Column<int>(type: "integer", nullable: false),
                    AreaCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    GradeCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionGrades", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionGrades_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InspectionItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: false),
                    InspectionId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionItems_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRejectedRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportRunId = table.Column<long>(type: "bigint", nullable: false),
                    TenantId = table.Column<int>(type: "integer", nullable: true),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RawLine = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRejectedRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRejectedRows_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Settings_TenantId_LatestOverallGrade",
                table: "Settings",
                columns: new[] { "TenantId", "LatestOverallGrade" });

            migrationBuilder.CreateIndex(
                name: "IX_Settings_TenantId_Postcode",
                table: "Settings",
                columns: new[] { "TenantId", "Postcode" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_ProcessedAt",
                table: "ChangeEvents",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_SettingId",
                table: "ChangeEvents",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeEvents_TenantId_Id",
                table: "ChangeEvents",
                columns: new[] { "TenantId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementEvents_SettingId_Date",
                table: "EnforcementEvents",
                columns: new[] { "SettingId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRejectedRows_ImportRunId",
                table: "ImportRejectedRows",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_TenantId_Id",
                table: "ImportRuns",
                columns: new[] { "TenantId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionGrades_InspectionId_AreaCode",
                table: "InspectionGrades",
                columns: new[] { "InspectionId", "AreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionGrades_TenantId_AreaCode_GradeCode",
                table: "InspectionGrades",
                columns: new[] { "TenantId", "AreaCode", "GradeCode" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionItems_InspectionId",
                table: "InspectionItems",
                column: "InspectionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeEvents");

            migrationBuilder.DropTable(
                name: "EnforcementEvents");

            migrationBuilder.DropTable(
                name: "ImportRejectedRows");

            migrationBuilder.DropTable(
                name: "InspectionGrades");

            migrationBuilder.DropTable(
                name: "InspectionItems");

            migrationBuilder.DropTable(
                name: "ImportRuns");

            migrationBuilder.DropIndex(
                name: "IX_Settings_TenantId_LatestOverallGrade",
                table: "Settings");

            migrationBuilder.DropIndex(
                name: "IX_Settings_TenantId_Postcode",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "RegisterName",
                table: "Tenants");

            migrationBuilder.DropColumn(
                name: "AddressLine2",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "AddressLine3",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "CompulsoryChildcareRegister",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "DeprivationBand",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "District",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "EarlyYearsRegister",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "LatestFrameworkCode",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "LatestInspectionDate",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "LatestOverallGrade",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "LeftRegisterOn",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "LocalityPartnership",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "OfstedRegion",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "ParliamentaryConstituency",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "PlacesIncludingEstimates",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "ProviderSubtype",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "RegisterCombination",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "RegisteredPersonName",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "RegisteredPersonReference",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Regulator",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "SourceHash",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Telephone",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "VoluntaryChildcareRegister",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "Ward",
                table: "Settings");
        }
    }
}
