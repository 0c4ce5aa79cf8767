using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Bulletins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BulletinOpenings");

            migrationBuilder.DropTable(
                name: "BulletinRecipients");

            migrationBuilder.DropTable(
                name: "NetworkAnswers");

            migrationBuilder.DropTable(
                name: "Bulletins");

            migrationBuilder.DropTable(
                name: "NetworkQuestions");
        }
    }
}
