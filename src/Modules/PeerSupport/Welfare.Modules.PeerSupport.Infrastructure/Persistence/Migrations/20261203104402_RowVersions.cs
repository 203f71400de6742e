using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "peer_support",
                table: "external_counselors",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                schema: "peer_support",
                table: "consultations",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "peer_support",
                table: "external_counselors");

            migrationBuilder.DropColumn(
                name: "xmin",
                schema: "peer_support",
                table: "consultations");
        }
    }
}
