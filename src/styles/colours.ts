/** The app's blue (buttons, links, confirm buttons of dialogs), as NutUI's theme in app.scss has it. */
export const APP_BLUE = '#1f6fd6'
