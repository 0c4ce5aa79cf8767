using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubstitutedAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubstitutedFor",
                table: "Bookings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TransferredAt",
                table: "Bookings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TransferredFromItemId",
                table: "Bookings",
                type: "integer",
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
