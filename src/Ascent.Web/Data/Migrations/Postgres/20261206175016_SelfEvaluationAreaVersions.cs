using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SelfEvaluationAreaVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Evidence",
                table: "SelfEvaluationAreas",
                newName: "EarlierEvidence");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceNote",
                table: "SelfEvaluationAreas",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            // The free-text evidence becomes the area's short note where it fits. A longer text gives the note its
            // beginning and stays whole, read-only, in EarlierEvidence until the setting has moved it into its
            // evidence library and removes it; a text that fits is not kept twice.
            migrationBuilder.Sql("""
                UPDATE "SelfEvaluationAreas"
                SET "EvidenceNote" = CASE WHEN length("EarlierEvidence") <= 500 THEN "EarlierEvidence"
                    ELSE rtrim(substr("EarlierEvidence", 1, 499)) || '…' END
                WHERE "EarlierEvidence" IS NOT NULL;
                UPDATE "SelfEvaluationAreas" SET "EarlierEvidence" = NULL WHERE length("EarlierEvidence") <= 500;
                """);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SavedAt",
                table: "SelfEvaluationAreas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SavedBy",
                table: "SelfEvaluationAreas",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SavedById",
                table: "SelfEvaluationAreas",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "SelfEvaluationAreas",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to one free-text box: the full earlier text where it was kept, else the note.
            migrationBuilder.Sql("""
                UPDATE "SelfEvaluationAreas" SET "EarlierEvidence" = "EvidenceNote" WHERE "EarlierEvidence" IS NULL;
                """);

            migrationBuilder.DropColumn(
                name: "EvidenceNote",
                table: "SelfEvaluationAreas");

            migrationBuilder.DropColumn(
                name: "SavedAt",
                table: "SelfEvaluationAreas");

            migrationBuilder.DropColumn(
                name: "SavedBy",
                table: "SelfEvaluationAreas");

            migrationBuilder.DropColumn(
                name: "SavedById",
                table: "SelfEvaluationAreas");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "SelfEvaluationAreas");

            migrationBuilder.RenameColumn(
                name: "EarlierEvidence",
                table: "SelfEvaluationAreas",
                newName: "Evidence");
        }
    }
}
