using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Ascent.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OfferTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SignpostedCourses",
                table: "VisitNotes",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BookingId",
                table: "PlanSteps",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OfferItemId",
                table: "PlanSteps",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_BookingId",
                table: "PlanSteps",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSteps_OfferItemId",
                table: "PlanSteps",
                column: "OfferItemId");

            migrationBuilder.AddForeignKey(
                name: "FK_PlanSteps_Bookings_BookingId",
                table: "PlanSteps",
                column: "BookingId",
                principalTable: "Bookings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanSteps_OfferItems_OfferItemId",
                table: "PlanSteps",
                column: "OfferItemId",
                principalTable: "OfferItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PlanSteps_Bookings_BookingId",
                table: "PlanSteps");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanSteps_OfferItems_OfferItemId",
                table: "PlanSteps");

            migrationBuilder.DropIndex(
                name: "IX_PlanSteps_BookingId",
                table: "PlanSteps");

            migrationBuilder.DropIndex(
                name: "IX_PlanSteps_OfferItemId",
                table: "PlanSteps");

            migrationBuilder.DropColumn(
                name: "SignpostedCourses",
                table: "VisitNotes");

            migrationBuilder.DropColumn(
                name: "BookingId",
                table: "PlanSteps");

            migrationBuilder.DropColumn(
                name: "OfferItemId",
                table: "PlanSteps");
        }
    }
}
