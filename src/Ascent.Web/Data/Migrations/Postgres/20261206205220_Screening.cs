using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Screening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "ChildActionPoints");

            migrationBuilder.DropTable(
                name: "ChildScores");

            migrationBuilder.DropTable(
                name: "RoomActionPoints");

            migrationBuilder.DropTable(
                name: "ScreenedChildren");

            migrationBuilder.DropTable(
                name: "ScreeningRounds");
        }
    }
}
