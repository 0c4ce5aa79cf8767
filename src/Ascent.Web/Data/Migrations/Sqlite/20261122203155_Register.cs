using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine2",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine3",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CompulsoryChildcareRegister",
                table: "Settings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeprivationBand",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EarlyYearsRegister",
                table: "Settings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestFrameworkCode",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LatestInspectionDate",
                table: "Settings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LatestOverallGrade",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftRegisterOn",
                table: "Settings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LocalityPartnership",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfstedRegion",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParliamentaryConstituency",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacesIncludingEstimates",
                table: "Settings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProviderSubtype",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisterCombination",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteredPersonName",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RegisteredPersonReference",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Regulator",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SourceHash",
                table: "Settings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Telephone",
                table: "Settings",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "VoluntaryChildcareRegister",
                table: "Settings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ward",
                table: "Settings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChangeEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportRunId = table.Column<long>(type: "INTEGER", nullable: true),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileNames = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsBaseline = table.Column<bool>(type: "INTEGER", nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherLocalAuthorities = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftRegister = table.Column<int>(type: "INTEGER", nullable: false),
                    Events = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionGrades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    GradeCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RawLine = table.Column<string>(type: "TEXT", nullable: false)
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
