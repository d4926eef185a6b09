/**
 * The theme: the built-in default theme shipped inside Herald's jar, replaced file by file by a
 * theme folder of the status repository (themes/NAME/ or --theme DIR), read into memory once, with
 * symbolic links that leave the folder refused.
 */
package herald.theme;
