using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Complaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComplaintTeams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ManagerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcknowledgeWithinDays = table.Column<int>(type: "integer", nullable: false),
                    AnswerWithinDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
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
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    SettingId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TeamId = table.Column<int>(type: "integer", nullable: false),
                    ManagerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    OfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OfferItemId = table.Column<int>(type: "integer", nullable: true),
                    Service = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HappenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhatWanted = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RaisedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RaisedByEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Theme = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Learning = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SharedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SharedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "ComplaintThemes");

            migrationBuilder.DropTable(
                name: "ComplaintTeams");
        }
    }
}
