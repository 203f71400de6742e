using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WithdrawnCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_pre_returns_active_employee",
                schema: "return_to_work",
                table: "pre_returns");

            migrationBuilder.CreateIndex(
                name: "ux_pre_returns_active_employee",
                schema: "return_to_work",
                table: "pre_returns",
                column: "employee_id",
                unique: true,
                filter: "status NOT IN ('Rejected', 'Completed', 'Cancelled', 'Withdrawn')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_pre_returns_active_employee",
                schema: "return_to_work",
                table: "pre_returns");

            migrationBuilder.CreateIndex(
                name: "ux_pre_returns_active_employee",
                schema: "return_to_work",
                table: "pre_returns",
                column: "employee_id",
                unique: true,
                filter: "status NOT IN ('Rejected', 'Completed', 'Cancelled')");
        }
    }
}
