using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SettingsListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Settings_Name_Id",
                table: "Settings",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Settings_Reference",
                table: "Settings",
                column: "Reference");

            // The settings search compares upper("Name") LIKE '%…%' and replace("Postcode", ' ', '') LIKE '…%'
            // (SettingsFilter.Match); EF Core cannot model indexes on expressions, so these two are SQL. With the
            // Reference index, they let PostgreSQL answer the search's OR with a bitmap OR instead of a scan.
            // text_pattern_ops, because a prefix LIKE uses a plain btree only under the C collation.
            migrationBuilder.Sql("""CREATE INDEX "IX_Settings_Name_Upper_Trgm" ON "Settings" USING gin (upper("Name") gin_trgm_ops);""");
            migrationBuilder.Sql("""CREATE INDEX "IX_Settings_Postcode_Compact" ON "Settings" (replace("Postcode", ' ', '') text_pattern_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Settings_Postcode_Compact";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Settings_Name_Upper_Trgm";""");

            migrationBuilder.DropIndex(
                name: "IX_Settings_Name_Id",
                table: "Settings");

            migrationBuilder.DropIndex(
                name: "IX_Settings_Reference",
                table: "Settings");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
