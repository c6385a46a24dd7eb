using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PacsLab.Pacs.Index.Migrations
{
    /// <inheritdoc />
    public partial class RuntimeSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RefusedSopClasses",
                table: "Settings",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RefusedTransferSyntaxes",
                table: "Settings",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "StorageQuotaBytes",
                table: "Settings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RefusedContexts",
                table: "AssociationLog",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RefusedSopClasses",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "RefusedTransferSyntaxes",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "StorageQuotaBytes",
                table: "Settings");

            migrationBuilder.DropColumn(
                name: "RefusedContexts",
                table: "AssociationLog");
        }
    }
}
