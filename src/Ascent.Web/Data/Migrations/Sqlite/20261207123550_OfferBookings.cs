using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OfferBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Needs",
                table: "Bookings",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SubstitutedAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubstitutedFor",
                table: "Bookings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TransferredAt",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TransferredFromItemId",
                table: "Bookings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Needs",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SubstitutedAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "SubstitutedFor",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "TransferredAt",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "TransferredFromItemId",
                table: "Bookings");
        }
    }
}
