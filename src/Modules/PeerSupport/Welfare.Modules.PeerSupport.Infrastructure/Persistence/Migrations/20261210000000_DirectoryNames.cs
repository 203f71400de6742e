using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "name_kana",
                schema: "peer_support",
                table: "directory_employees",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "name_kanji",
                schema: "peer_support",
                table: "directory_employees",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "name_kana",
                schema: "peer_support",
                table: "directory_employees");

            migrationBuilder.DropColumn(
                name: "name_kanji",
                schema: "peer_support",
                table: "directory_employees");
        }
    }
}
