using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Buddying : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuddyingLimits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Limit = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "BuddyPairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportedSettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupportedSettingName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LeadKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LeadSettingId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadMemberId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LeadOrganisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SuggestedBecause = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewSummary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "BuddyPairingGoals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanGoalId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SharedNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NoteBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "BuddyPairings");
        }
    }
}
