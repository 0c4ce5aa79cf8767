using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VoicesShareLinksGuidance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AreaGuidance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaGuidance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaGuidance_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanShareLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanShareLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanShareLinks_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanShareLinks_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SelfEvaluationComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfEvaluationComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfEvaluationComments_SelfEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "SelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SelfEvaluationComments_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SelfEvaluationComments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "VoiceInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoiceInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoiceInvitations_SelfEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "SelfEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VoiceInvitations_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VoiceInvitations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PlanShareAccesses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LinkId = table.Column<int>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 45, nullable: false),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanShareAccesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanShareAccesses_PlanShareLinks_LinkId",
                        column: x => x.LinkId,
                        principalTable: "PlanShareLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanShareAccesses_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PlanShareAccesses_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "VoiceResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Overall = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoiceResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoiceResponses_SelfEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "SelfEvaluations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VoiceResponses_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VoiceResponses_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VoiceResponses_VoiceInvitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "VoiceInvitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VoiceAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SettingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoiceAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoiceAnswers_Settings_SettingId",
                        column: x => x.SettingId,
                        principalTable: "Settings",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VoiceAnswers_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_VoiceAnswers_VoiceResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "VoiceResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AreaGuidance_TenantId_FrameworkCode_AreaCode",
                table: "AreaGuidance",
                columns: new[] { "TenantId", "FrameworkCode", "AreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanShareAccesses_LinkId_At",
                table: "PlanShareAccesses",
                columns: new[] { "LinkId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanShareAccesses_SettingId",
                table: "PlanShareAccesses",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanShareAccesses_TenantId",
                table: "PlanShareAccesses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanShareLinks_SettingId",
                table: "PlanShareLinks",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanShareLinks_TenantId",
                table: "PlanShareLinks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanShareLinks_TokenHash",
                table: "PlanShareLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationComments_EvaluationId",
                table: "SelfEvaluationComments",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationComments_SettingId",
                table: "SelfEvaluationComments",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfEvaluationComments_TenantId",
                table: "SelfEvaluationComments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceAnswers_ResponseId_AreaCode",
                table: "VoiceAnswers",
                columns: new[] { "ResponseId", "AreaCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoiceAnswers_SettingId",
                table: "VoiceAnswers",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceAnswers_TenantId",
                table: "VoiceAnswers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceInvitations_EvaluationId",
                table: "VoiceInvitations",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceInvitations_SettingId",
                table: "VoiceInvitations",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceInvitations_TenantId",
                table: "VoiceInvitations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceInvitations_TokenHash",
                table: "VoiceInvitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoiceResponses_EvaluationId",
                table: "VoiceResponses",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceResponses_InvitationId",
                table: "VoiceResponses",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoiceResponses_SettingId",
                table: "VoiceResponses",
                column: "SettingId");

            migrationBuilder.CreateIndex(
                name: "IX_VoiceResponses_TenantId",
                table: "VoiceResponses",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AreaGuidance");

            migrationBuilder.DropTable(
                name: "PlanShareAccesses");

            migrationBuilder.DropTable(
                name: "SelfEvaluationComments");

            migrationBuilder.DropTable(
                name: "VoiceAnswers");

            migrationBuilder.DropTable(
                name: "PlanShareLinks");

            migrationBuilder.DropTable(
                name: "VoiceResponses");

            migrationBuilder.DropTable(
                name: "VoiceInvitations");
        }
    }
}
